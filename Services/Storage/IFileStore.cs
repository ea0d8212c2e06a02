namespace DualCreationBot.Services.Storage;

/// <summary>
/// Stores file content by path, streaming in both directions: a file is never held whole in memory.
/// </summary>
public interface IFileStore
{
    /// <summary>Streams <paramref name="content"/> to <paramref name="path"/>, replacing any file there.</summary>
    Task<StoredFile> SaveAsync(string path, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or <c>null</c> when it does not exist. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Size and metadata of a stored file, or <c>null</c>.</summary>
    Task<StoredFile?> GetInfoAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the metadata of a stored file; <c>false</c> when there is no file. Figures known only
    /// once the content has streamed through (its size, its SHA-256) are added this way after a save.
    /// </summary>
    Task<bool> SetMetadataAsync(string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Deletes a stored file; <c>false</c> when there was none.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>A stored file: where, how long, and its metadata (values may be any Unicode text).</summary>
public sealed record StoredFile(string Path, long Length, IReadOnlyDictionary<string, string> Metadata);
