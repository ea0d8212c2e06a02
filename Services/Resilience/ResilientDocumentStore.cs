using DualCreationBot.Services.Storage;
using Polly;
using Polly.CircuitBreaker;

namespace DualCreationBot.Services.Resilience;

/// <summary>
/// Runs every document call through the storage pipeline. What still fails transiently after
/// the retries surfaces as <see cref="StorageUnavailableException"/>; conflicts pass through untouched.
/// </summary>
internal sealed class ResilientDocumentStore(IDocumentStore inner, StorageResiliencePipelines pipelines) : IDocumentStore
{
    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Run(ct => inner.ReadAsync(key, ct), cancellationToken);

    public Task<string> WriteAsync(string key, string content, WriteCondition condition, CancellationToken cancellationToken = default) =>
        Run(ct => inner.WriteAsync(key, content, condition, ct), cancellationToken);

    public Task<bool> DeleteAsync(string key, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        Run(ct => inner.DeleteAsync(key, ifMatchETag, ct), cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        Run(ct => inner.PingAsync(ct), cancellationToken);

    private Task<T> Run<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        StorageCall.RunAsync(pipelines.Documents, call, cancellationToken);
}

/// <summary>Runs one storage call through a pipeline and translates what is left of an outage.</summary>
internal static class StorageCall
{
    public static async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await call(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            throw new StorageUnavailableException("Storage is unavailable (circuit open).", e);
        }
        catch (Exception e) when (TransientStorageFailure.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException("Storage did not answer after retries.", e);
        }
    }
}
