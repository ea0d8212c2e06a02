namespace DualCreationBot.Services.Reminders;

/// <summary>Turns the deadlines of every <see cref="IDeadlineSource"/> into reminders; sends nothing.</summary>
public interface IReminderPlanner
{
    /// <summary>Every reminder planned for an instant in (<paramref name="from"/>, <paramref name="until"/>], in sending order per deadline.</summary>
    IReadOnlyList<ReminderOccurrence> Plan(PlanningSnapshot snapshot, DateTimeOffset from, DateTimeOffset until);

    /// <summary>
    /// What to send at <paramref name="now"/>: per deadline and person only the latest reminder planned
    /// at or before now (after an outage the older ones are stale), nothing once the deadline has passed,
    /// and nothing the sweep that ran at <paramref name="lastSweep"/> already handled (its instant was
    /// at or before then). Pass null as <paramref name="lastSweep"/> on a first or recovering sweep: the
    /// keys are stable, so the sweep's sent markers stop repeats.
    /// </summary>
    IReadOnlyList<ReminderOccurrence> Due(PlanningSnapshot snapshot, DateTimeOffset now, DateTimeOffset? lastSweep);
}
