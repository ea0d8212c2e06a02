using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.State;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over our document store. Unlike the SDK's stores it never
/// writes blindly: every item read carries its ETag (as the "eTag" property BotState keeps in its
/// dictionary), and writing it back is conditional on that ETag, so a concurrent turn that wrote
/// first makes this write fail with <see cref="ConcurrencyConflictException"/> instead of being lost.
/// </summary>
public sealed class DocumentBotStorage(IDocumentStore store) : IStorage
{
    private const string KeyPrefix = "botstate/";
    private const string ETagProperty = "eTag";
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var document = await store.ReadAsync(KeyPrefix + key, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                var item = JObject.Parse(document.Content);
                item[ETagProperty] = document.ETag;
                items[key] = item;
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var item = JObject.FromObject(value, Serializer);
            var etag = item[ETagProperty]?.Value<string>();
            item.Remove(ETagProperty);
            var condition = etag switch
            {
                null or "" => WriteCondition.CreateOnly,
                "*" => WriteCondition.Always,
                _ => WriteCondition.IfMatch(etag),
            };
            var written = await store.WriteAsync(KeyPrefix + key, item.ToString(Formatting.None), condition, cancellationToken).ConfigureAwait(false);

            // Keep the caller's copy current, so saving twice in one turn is not a conflict with itself.
            switch (value)
            {
                case IDictionary<string, object> dictionary:
                    dictionary[ETagProperty] = written;
                    break;
                case IStoreItem storeItem:
                    storeItem.ETag = written;
                    break;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await store.DeleteAsync(KeyPrefix + key, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
