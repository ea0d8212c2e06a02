namespace DualCreationBot.Services.Storage;

/// <summary>
/// A conditional write lost: somebody else wrote (or created, or deleted) the key first.
/// Callers read again and retry; the resilience pipeline never retries it blindly.
/// </summary>
public sealed class ConcurrencyConflictException(string key, Exception? innerException = null)
    : Exception($"The document '{key}' was changed by someone else.", innerException)
{
    public string Key { get; } = key;
}

/// <summary>The storage backend did not answer in time or at all, after retries.</summary>
public sealed class StorageUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);

/// <summary>A key or file path that cannot be stored (empty, too long, or escaping its root).</summary>
public sealed class StorageKeyException(string message) : ArgumentException(message);
