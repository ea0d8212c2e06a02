using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Services.Reminders;

/// <summary>One planned reminder of a deadline: how many days before, and when.</summary>
internal readonly record struct ReminderSlot(int OffsetDays, DateTimeOffset SendAt, int DaysLeft);

/// <summary>When the reminders of a due instant go out, in Beijing time, out of the quiet hours.</summary>
internal sealed class ReminderSchedule(ReminderOptions options)
{
    private readonly int[] offsets = [.. options.OffsetsDays.Where(d => d > 0).Distinct().OrderDescending(), 0];

    /// <summary>
    /// The slots in sending order. A slot planned after the due instant is dropped; two slots moved to
    /// the same instant keep the later reminder (fewer days left), so nobody gets two at once.
    /// </summary>
    public ReminderSlot[] Slots(DateTimeOffset due)
    {
        var dueDay = BeijingDay(due);
        var slots = new List<ReminderSlot>(offsets.Length);
        foreach (var offset in offsets)
        {
            var sendAt = OutOfQuietHours(BeijingTime.At(dueDay.AddDays(-offset), options.MorningOfDueDay));
            if (sendAt > due)
            {
                continue;
            }

            var slot = new ReminderSlot(offset, sendAt, dueDay.DayNumber - BeijingDay(sendAt).DayNumber);
            if (slots.Count > 0 && slots[^1].SendAt == sendAt)
            {
                slots[^1] = slot;
            }
            else
            {
                slots.Add(slot);
            }
        }

        return [.. slots];
    }

    /// <summary>An instant inside the quiet hours moves to their end: the same night's end is the next morning.</summary>
    public DateTimeOffset OutOfQuietHours(DateTimeOffset instant)
    {
        var (start, end) = (options.QuietHoursStart, options.QuietHoursEnd);
        var local = BeijingTime.ToBeijing(instant).DateTime;
        var (day, time) = (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (start == end)
        {
            return instant;
        }

        if (start < end)
        {
            return time >= start && time < end ? BeijingTime.At(day, end) : instant;
        }

        // The quiet hours span midnight: late evening belongs to the next morning.
        return time >= start ? BeijingTime.At(day.AddDays(1), end) : time < end ? BeijingTime.At(day, end) : instant;
    }

    private static DateOnly BeijingDay(DateTimeOffset instant) => DateOnly.FromDateTime(BeijingTime.ToBeijing(instant).DateTime);
}
