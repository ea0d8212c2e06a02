namespace DualCreationBot.Services.Storage;

/// <summary>When a write may happen.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(WriteConditionKind kind, string? etag)
    {
        Kind = kind;
        ETag = etag;
    }

    public WriteConditionKind Kind { get; }

    /// <summary>The ETag the stored document must still have (only for <see cref="WriteConditionKind.IfMatch"/>).</summary>
    public string? ETag { get; }

    /// <summary>Last writer wins. Only for data nobody else writes.</summary>
    public static WriteCondition Always => new(WriteConditionKind.Always, null);

    /// <summary>Only if the key does not exist yet.</summary>
    public static WriteCondition CreateOnly => new(WriteConditionKind.CreateOnly, null);

    /// <summary>Only if the stored document still has <paramref name="etag"/>.</summary>
    public static WriteCondition IfMatch(string etag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        return new(WriteConditionKind.IfMatch, etag);
    }

    /// <summary><see cref="IfMatch"/> for a document read before, <see cref="CreateOnly"/> when it did not exist.</summary>
    public static WriteCondition After(StoredDocument? read) => read is null ? CreateOnly : IfMatch(read.ETag);
}

public enum WriteConditionKind
{
    Always,
    CreateOnly,
    IfMatch,
}
