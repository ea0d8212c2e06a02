using System.Collections.Concurrent;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Contacts;

/// <summary>
/// How to reach a person proactively on one channel account: the channel's conversation reference,
/// kept as opaque JSON (Services knows no Bot Framework types), refreshed on every inbound activity.
/// </summary>
public sealed record Contact(string PersonId, string Channel, string AccountId, string ReferenceJson, DateTimeOffset UpdatedAt, bool Unreachable = false, DateTimeOffset? UnreachableSince = null);

/// <summary>Conversation references per channel account, persisted so reminders reach people after restarts and from any instance.</summary>
public interface IContactBook
{
    /// <summary>Stores or refreshes the reference; an account that talks again is reachable again.</summary>
    Task RememberAsync(string personId, string channel, string accountId, string referenceJson, CancellationToken cancellationToken = default);

    /// <summary>Every stored contact of a person.</summary>
    Task<IReadOnlyList<Contact>> ForAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>The user removed or blocked the bot (403): stop trying this account until it talks again.</summary>
    Task MarkUnreachableAsync(string personId, string channel, string accountId, CancellationToken cancellationToken = default);
}

/// <summary>One document per person ("contacts/{personId}") holding all their accounts' references.</summary>
internal sealed class ContactBook(IDocumentStore store, TimeProvider time) : IContactBook
{
    // What this instance last stored per account: a turn whose reference did not change writes nothing.
    private readonly ConcurrentDictionary<string, string> lastStored = new(StringComparer.Ordinal);

    public async Task RememberAsync(string personId, string channel, string accountId, string referenceJson, CancellationToken cancellationToken = default)
    {
        var account = channel + "/" + accountId;
        if (lastStored.TryGetValue(account, out var known) && known == referenceJson)
        {
            return;
        }

        await store.UpdateAsync<ContactList>(
            Key(personId),
            list =>
            {
                list ??= new ContactList();
                list.Contacts.RemoveAll(c => c.Channel == channel && c.AccountId == accountId);
                list.Contacts.Add(new Contact(personId, channel, accountId, referenceJson, time.GetUtcNow()));
                return list;
            },
            cancellationToken).ConfigureAwait(false);
        lastStored[account] = referenceJson;
    }

    public async Task<IReadOnlyList<Contact>> ForAsync(string personId, CancellationToken cancellationToken = default) =>
        (await store.GetAsync<ContactList>(Key(personId), cancellationToken).ConfigureAwait(false))?.Contacts ?? [];

    public async Task MarkUnreachableAsync(string personId, string channel, string accountId, CancellationToken cancellationToken = default)
    {
        await store.UpdateAsync<ContactList>(
            Key(personId),
            list =>
            {
                list ??= new ContactList();
                var index = list.Contacts.FindIndex(c => c.Channel == channel && c.AccountId == accountId);
                if (index >= 0)
                {
                    list.Contacts[index] = list.Contacts[index] with { Unreachable = true, UnreachableSince = time.GetUtcNow() };
                }

                return list;
            },
            cancellationToken).ConfigureAwait(false);

        // The next inbound activity of this account must clear the mark, so forget what was stored.
        lastStored.TryRemove(channel + "/" + accountId, out _);
    }

    private static string Key(string personId) => "contacts/" + personId;

    private sealed class ContactList
    {
        public List<Contact> Contacts { get; set; } = [];
    }
}
