using DualCreationBot.Services.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>
/// Stands in for the sweep another component runs: asks the planner what is due at each tick,
/// skips keys it marked sent before (its idempotency markers), and records what it sent when.
/// </summary>
internal sealed class SweepSimulator(IReminderPlanner planner, Func<DateTimeOffset, PlanningSnapshot> state, DateTimeOffset start)
{
    private readonly HashSet<string> markers = new(StringComparer.Ordinal);
    private DateTimeOffset? lastSweep;

    public FakeTimeProvider Clock { get; } = new(start);

    public List<(ReminderOccurrence Occurrence, DateTimeOffset SentAt)> Sent { get; } = [];

    public IEnumerable<string> SentKeys => Sent.Select(s => s.Occurrence.Key).Order(StringComparer.Ordinal);

    /// <summary>Ticks every <paramref name="step"/> until <paramref name="end"/>; no sweep runs while <paramref name="down"/> says so.</summary>
    public void RunUntil(DateTimeOffset end, TimeSpan step, Func<DateTimeOffset, bool>? down = null)
    {
        while (Clock.GetUtcNow() < end)
        {
            Clock.Advance(step);
            var now = Clock.GetUtcNow();
            if (down?.Invoke(now) != true)
            {
                Sweep(now);
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var occurrence in planner.Due(state(now), now, lastSweep))
        {
            Assert.True(occurrence.SendAt <= now, occurrence.Key);
            Assert.True(now <= occurrence.Due, occurrence.Key);
            if (markers.Add(occurrence.Key))
            {
                Sent.Add((occurrence, now));
            }
        }

        lastSweep = now;
    }
}
