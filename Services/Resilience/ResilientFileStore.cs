using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Resilience;

/// <summary>The file store behind the storage pipelines; uploads are attempted once (see <see cref="StorageResiliencePipelines.FileUploads"/>).</summary>
internal sealed class ResilientFileStore(IFileStore inner, StorageResiliencePipelines pipelines) : IFileStore
{
    public Task<StoredFile> SaveAsync(string path, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        StorageCall.RunAsync(pipelines.FileUploads, ct => inner.SaveAsync(path, content, metadata, ct), cancellationToken);

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        StorageCall.RunAsync(pipelines.Files, ct => inner.OpenReadAsync(path, ct), cancellationToken);

    public Task<StoredFile?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        StorageCall.RunAsync(pipelines.Files, ct => inner.GetInfoAsync(path, ct), cancellationToken);

    public Task<bool> SetMetadataAsync(string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        StorageCall.RunAsync(pipelines.Files, ct => inner.SetMetadataAsync(path, metadata, ct), cancellationToken);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        StorageCall.RunAsync(pipelines.Files, ct => inner.DeleteAsync(path, ct), cancellationToken);
}
