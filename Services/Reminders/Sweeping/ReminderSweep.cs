using DualCreationBot.Services.Contacts;
using Microsoft.Extensions.Logging;

namespace DualCreationBot.Services.Reminders.Sweeping;

/// <summary>What one sweep did.</summary>
public sealed record SweepReport(bool Ran, int Due, int Sent, int AlreadyHandled, int Unreachable, int Failed, int NoContact)
{
    public static SweepReport NotRun { get; } = new(false, 0, 0, 0, 0, 0, 0);
}

/// <summary>One pass: plan what is due now and send it, once, to whoever still owes something.</summary>
public interface IReminderSweep
{
    Task<SweepReport> RunOnceAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Under the sweep lock, loads one snapshot, asks the planner what is due, and for each occurrence
/// claims its marker (create-only) BEFORE sending, so two sweepers, a restart or a retried sweep send
/// it at most once. 403 marks the account unreachable and tells the administrators.
/// </summary>
internal sealed partial class ReminderSweep(
    IPlanningSnapshotLoader loader,
    IReminderPlanner planner,
    IReminderMarkers markers,
    IContactBook contacts,
    IMessageChannel channel,
    ISweepLock locks,
    UnreachableNotices notices,
    TimeProvider time,
    ILogger<ReminderSweep> logger) : IReminderSweep
{
    private static readonly TimeSpan LockDuration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);
    private DateTimeOffset? lastSweep;

    public async Task<SweepReport> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var held = await locks.TryAcquireAsync("reminder-sweep", LockDuration, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return SweepReport.NotRun;
        }

        await using (held.ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var snapshot = await loader.LoadAsync(cancellationToken).ConfigureAwait(false);
            var due = planner.Due(snapshot, now, lastSweep);
            int sent = 0, handled = 0, unreachable = 0, failed = 0, noContact = 0;
            var renewed = time.GetUtcNow();
            foreach (var occurrence in due)
            {
                if (time.GetUtcNow() - renewed > RenewEvery)
                {
                    if (!await held.RenewAsync(cancellationToken).ConfigureAwait(false))
                    {
                        // Another sweeper holds the lock now; the markers keep both from sending twice.
                        LogLockLost(logger);
                        break;
                    }

                    renewed = time.GetUtcNow();
                }

                if (!await markers.TryClaimAsync(occurrence.Key, occurrence.PersonId, cancellationToken).ConfigureAwait(false))
                {
                    handled++;
                    continue;
                }

                var state = await DeliverAsync(occurrence, cancellationToken).ConfigureAwait(false);
                await markers.CompleteAsync(occurrence.Key, state, cancellationToken).ConfigureAwait(false);
                sent += state == MarkerState.Sent ? 1 : 0;
                unreachable += state == MarkerState.Unreachable ? 1 : 0;
                failed += state == MarkerState.Failed ? 1 : 0;
                noContact += state == MarkerState.NoContact ? 1 : 0;
            }

            lastSweep = now;
            return new SweepReport(true, due.Count, sent, handled, unreachable, failed, noContact);
        }
    }

    /// <summary>Sends to every reachable account of the person; sent if any account got it.</summary>
    private async Task<MarkerState> DeliverAsync(ReminderOccurrence occurrence, CancellationToken cancellationToken)
    {
        var reachable = (await contacts.ForAsync(occurrence.PersonId, cancellationToken).ConfigureAwait(false)).Where(c => !c.Unreachable).ToList();
        if (reachable.Count == 0)
        {
            LogNoContact(logger, occurrence.PersonId, occurrence.Key);
            return MarkerState.NoContact;
        }

        var state = MarkerState.Failed;
        foreach (var contact in reachable)
        {
            switch (await channel.SendAsync(contact, occurrence.Text, cancellationToken).ConfigureAwait(false))
            {
                case DeliveryResult.Sent:
                    state = MarkerState.Sent;
                    break;
                case DeliveryResult.Unreachable:
                    await contacts.MarkUnreachableAsync(contact.PersonId, contact.Channel, contact.AccountId, cancellationToken).ConfigureAwait(false);
                    await notices.TellAdministratorsAsync(contact, cancellationToken).ConfigureAwait(false);
                    state = state == MarkerState.Sent ? state : MarkerState.Unreachable;
                    break;
            }
        }

        return state;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder sweep lost its lock; stopping this pass")]
    private static partial void LogLockLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No reachable account for {PersonId}; reminder {Key} not delivered")]
    private static partial void LogNoContact(ILogger logger, string personId, string key);
}
