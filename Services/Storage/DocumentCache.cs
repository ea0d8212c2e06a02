using System.Text.Json;

namespace DualCreationBot.Services.Storage;

/// <summary>
/// Keeps the last value of one document read on every turn (the roster, the campaign). Within
/// <paramref name="freshFor"/> of the last read it answers from memory; after that it reads again and
/// deserializes only if the ETag changed. So another instance's change is seen within that time.
/// </summary>
public sealed class DocumentCache<T>(IDocumentStore store, string key, TimeProvider time, TimeSpan freshFor)
    where T : class
{
    private Entry? cached;

    public async Task<T?> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var current = cached;
        if (current is not null && now - current.ReadAt < freshFor)
        {
            return current.Value;
        }

        var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            cached = new Entry(null, null, now);
            return null;
        }

        var value = current is not null && string.Equals(current.ETag, document.ETag, StringComparison.Ordinal)
            ? current.Value
            : JsonSerializer.Deserialize<T>(document.Content, StorageJson.Options)!;
        cached = new Entry(document.ETag, value, now);
        return value;
    }

    /// <summary>Forgets the value, so the next read goes to the store (after this instance changed it).</summary>
    public void Invalidate() => cached = null;

    private sealed record Entry(string? ETag, T? Value, DateTimeOffset ReadAt);
}
