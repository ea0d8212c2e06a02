using DualCreationBot.Services.Storage;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>Wraps a real store and fails reads and/or writes on demand, as an outage would after retries.</summary>
public sealed class FaultyDocumentStore(IDocumentStore inner) : IDocumentStore
{
    public bool ReadsFail { get; set; }

    public bool WritesFail { get; set; }

    /// <summary>When set, only writes to keys starting with this prefix fail.</summary>
    public string? FailWritesWithPrefix { get; set; }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        ReadsFail ? throw Outage() : inner.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, string content, WriteCondition condition, CancellationToken cancellationToken = default) =>
        WritesFail || (FailWritesWithPrefix is { } prefix && key.StartsWith(prefix, StringComparison.Ordinal))
            ? throw Outage()
            : inner.WriteAsync(key, content, condition, cancellationToken);

    public Task<bool> DeleteAsync(string key, string? ifMatchETag = null, CancellationToken cancellationToken = default) =>
        WritesFail ? throw Outage() : inner.DeleteAsync(key, ifMatchETag, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        ReadsFail ? throw Outage() : inner.PingAsync(cancellationToken);

    private static StorageUnavailableException Outage() => new("Injected outage.", new TimeoutException());
}
