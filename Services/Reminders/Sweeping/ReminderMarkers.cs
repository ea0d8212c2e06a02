using System.Text.Json;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Reminders.Sweeping;

public enum MarkerState
{
    /// <summary>Claimed before sending; if a crash follows, the reminder is not sent again (at most once).</summary>
    Claimed,
    Sent,
    Unreachable,
    Failed,
    NoContact,
}

public sealed record ReminderMarker(string Key, string PersonId, MarkerState State, DateTimeOffset ClaimedAt, DateTimeOffset? CompletedAt);

/// <summary>
/// One marker per reminder occurrence, written create-only BEFORE the send: whoever creates it
/// sends, everyone else (another instance, a restart) skips. A crash between claim and send loses
/// that one reminder rather than risking a duplicate; such markers stay "Claimed" and are listed
/// for administrators.
/// </summary>
public interface IReminderMarkers
{
    Task<bool> TryClaimAsync(string key, string personId, CancellationToken cancellationToken = default);

    Task CompleteAsync(string key, MarkerState state, CancellationToken cancellationToken = default);

    Task<ReminderMarker?> GetAsync(string key, CancellationToken cancellationToken = default);
}

internal sealed class ReminderMarkers(IDocumentStore store, TimeProvider time) : IReminderMarkers
{
    public async Task<bool> TryClaimAsync(string key, string personId, CancellationToken cancellationToken = default)
    {
        var marker = new ReminderMarker(key, personId, MarkerState.Claimed, time.GetUtcNow(), null);
        try
        {
            await store.WriteAsync(Key(key), JsonSerializer.Serialize(marker, StorageJson.Options), WriteCondition.CreateOnly, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public Task CompleteAsync(string key, MarkerState state, CancellationToken cancellationToken = default) =>
        store.UpdateAsync<ReminderMarker>(Key(key), marker => marker! with { State = state, CompletedAt = time.GetUtcNow() }, cancellationToken);

    public Task<ReminderMarker?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        store.GetAsync<ReminderMarker>(Key(key), cancellationToken);

    private static string Key(string key) => "reminders/sent/" + key;
}
