using System.Globalization;
using DualCreationBot.Services.Campaigns;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Reminders;

internal sealed class ReminderPlanner(IEnumerable<IDeadlineSource> sources, IOptions<ReminderOptions> options) : IReminderPlanner
{
    private readonly IDeadlineSource[] sources = [.. sources];
    private readonly ReminderSchedule schedule = new(options.Value);

    public IReadOnlyList<ReminderOccurrence> Plan(PlanningSnapshot snapshot, DateTimeOffset from, DateTimeOffset until) =>
        Occurrences(snapshot, (slots, _) => slots.Where(s => s.SendAt > from && s.SendAt <= until));

    public IReadOnlyList<ReminderOccurrence> Due(PlanningSnapshot snapshot, DateTimeOffset now, DateTimeOffset? lastSweep) =>
        Occurrences(snapshot, (slots, due) => now > due ? [] : Latest(slots, now, lastSweep, due));

    private static IEnumerable<ReminderSlot> Latest(ReminderSlot[] slots, DateTimeOffset now, DateTimeOffset? lastSweep, DateTimeOffset due)
    {
        for (var i = slots.Length - 1; i >= 0; i--)
        {
            if (slots[i].SendAt <= now)
            {
                // Sent late after an outage, the message counts the days really left, not those planned.
                var left = BeijingDay(due).DayNumber - BeijingDay(now).DayNumber;
                return lastSweep is { } last && slots[i].SendAt <= last ? [] : [slots[i] with { DaysLeft = Math.Min(left, slots[i].DaysLeft) }];
            }
        }

        return [];
    }

    private List<ReminderOccurrence> Occurrences(PlanningSnapshot snapshot, Func<ReminderSlot[], DateTimeOffset, IEnumerable<ReminderSlot>> pick)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        // Deadlines of one stage share their due instant: the schedule is worked out once per instant.
        var byDue = new Dictionary<DateTimeOffset, (ReminderSlot[] Slots, string Stamp, string Text)>();
        var composer = new ReminderTexts.Composer();
        var result = new List<ReminderOccurrence>();
        foreach (var deadline in sources.SelectMany(s => s.Deadlines(snapshot)))
        {
            if (deadline.Missing.Count == 0)
            {
                continue;
            }

            if (!byDue.TryGetValue(deadline.Due, out var planned))
            {
                byDue[deadline.Due] = planned = (schedule.Slots(deadline.Due), DueStamp(deadline.Due), composer.Due(deadline.Due));
            }

            string? missing = null;
            var recipients = deadline.Recipients ?? snapshot.SecretariesOf(deadline.UnitId);
            foreach (var slot in pick(planned.Slots, deadline.Due))
            {
                var stem = $"{deadline.Key}/{planned.Stamp}/d{slot.OffsetDays.ToString(CultureInfo.InvariantCulture)}/";
                missing ??= composer.List(deadline.Missing);
                var text = composer.Message(deadline, snapshot.Unit(deadline.UnitId)?.Name ?? deadline.UnitId, planned.Text, missing, slot.DaysLeft);
                foreach (var person in recipients)
                {
                    result.Add(new(stem + person, deadline, person, slot.OffsetDays, slot.SendAt, deadline.Due, slot.DaysLeft, text));
                }
            }
        }

        return result;
    }

    private static DateOnly BeijingDay(DateTimeOffset instant) => DateOnly.FromDateTime(BeijingTime.ToBeijing(instant).DateTime);

    private static string DueStamp(DateTimeOffset due) =>
        BeijingTime.ToBeijing(due).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
}
