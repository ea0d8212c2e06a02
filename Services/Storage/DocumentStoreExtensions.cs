using System.Text.Json;

namespace DualCreationBot.Services.Storage;

/// <summary>Typed read-modify-write on top of <see cref="IDocumentStore"/>.</summary>
public static class DocumentStoreExtensions
{
    private const int MaxConflictRetries = 20;

    /// <summary>Reads and deserializes a document, or <c>null</c>.</summary>
    public static async Task<T?> GetAsync<T>(this IDocumentStore store, string key, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        return document is null ? null : JsonSerializer.Deserialize<T>(document.Content, StorageJson.Options);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (or <c>null</c>) and writes it on the
    /// condition that nobody wrote in between; on a conflict, reads again and reapplies the change.
    /// </summary>
    public static async Task<T> UpdateAsync<T>(this IDocumentStore store, string key, Func<T?, T> change, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var value = change(current is null ? null : JsonSerializer.Deserialize<T>(current.Content, StorageJson.Options));
            try
            {
                await store.WriteAsync(key, JsonSerializer.Serialize(value, StorageJson.Options), WriteCondition.After(current), cancellationToken).ConfigureAwait(false);
                return value;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                // Someone else wrote first: start again from what they wrote.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>The one JSON shape of stored domain documents.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
