namespace DualCreationBot.Services.Storage;

/// <summary>
/// A key/value store of JSON documents with ETag optimistic concurrency:
/// read, modify, then write on the condition that nobody wrote in between.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Reads a document, or <c>null</c> when the key does not exist.</summary>
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes a document under <paramref name="condition"/> and returns its new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold.</exception>
    Task<string> WriteAsync(string key, string content, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document; <c>false</c> when there was nothing to delete.</summary>
    /// <exception cref="ConcurrencyConflictException">An ETag was given and the stored one differs.</exception>
    Task<bool> DeleteAsync(string key, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>Answers whether the backend is reachable (used by /healthz).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>A document as stored, with the ETag to pass back for a conditional write.</summary>
public sealed record StoredDocument(string Key, string Content, string ETag);
