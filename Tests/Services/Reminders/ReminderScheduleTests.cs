using DualCreationBot.Services.Reminders;
using static DualCreationBot.Tests.Services.Reminders.ReminderScenario;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>Quiet hours with custom reminder times.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly DateTimeOffset MidTermDue = new(2019, 9, 30, 23, 59, 59, TimeSpan.FromHours(8));

    [Fact]
    public void RemindersAtHalfPastEleven_MoveToEightTheNextMorning_AndOnePastTheDeadlineIsDropped()
    {
        var schedule = new ReminderSchedule(new ReminderOptions { MorningOfDueDay = new(23, 30) });

        var slots = schedule.Slots(MidTermDue);

        Assert.Equal(
            [new ReminderSlot(7, Beijing(2019, 9, 24, 8), 6), new ReminderSlot(3, Beijing(2019, 9, 28, 8), 2), new ReminderSlot(1, Beijing(2019, 9, 30, 8), 0)],
            slots);
    }

    [Fact]
    public void TwoRemindersMovedToTheSameMorning_KeepOnlyTheLaterOne()
    {
        var schedule = new ReminderSchedule(new ReminderOptions { OffsetsDays = [2, 1], MorningOfDueDay = new(23, 0) });

        var slots = schedule.Slots(new DateTimeOffset(2019, 9, 30, 12, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal([new ReminderSlot(2, Beijing(2019, 9, 29, 8), 1), new ReminderSlot(1, Beijing(2019, 9, 30, 8), 0)], slots);
    }

    [Theory]
    [InlineData(21, 59, 2019, 9, 1, 21, 59)]
    [InlineData(22, 0, 2019, 9, 2, 8, 0)]
    [InlineData(23, 30, 2019, 9, 2, 8, 0)]
    [InlineData(3, 0, 2019, 9, 1, 8, 0)]
    [InlineData(8, 0, 2019, 9, 1, 8, 0)]
    public void QuietHours_SpanningMidnight_EndAtEight(int hour, int minute, int year, int month, int day, int toHour, int toMinute)
    {
        var schedule = new ReminderSchedule(new ReminderOptions());

        Assert.Equal(Beijing(year, month, day, toHour, toMinute), schedule.OutOfQuietHours(Beijing(2019, 9, 1, hour, minute)));
    }

    [Fact]
    public void QuietHours_WithinADay_MoveToTheirEndTheSameDay()
    {
        var schedule = new ReminderSchedule(new ReminderOptions { QuietHoursStart = new(12, 0), QuietHoursEnd = new(14, 0) });

        Assert.Equal(Beijing(2019, 9, 1, 14), schedule.OutOfQuietHours(Beijing(2019, 9, 1, 12, 30)));
        Assert.Equal(Beijing(2019, 9, 1, 23), schedule.OutOfQuietHours(Beijing(2019, 9, 1, 23)));
    }

    [Fact]
    public void ADeadlineBeforeTheMorning_HasNoReminderOnItsDay()
    {
        var schedule = new ReminderSchedule(new ReminderOptions());

        var slots = schedule.Slots(new DateTimeOffset(2018, 10, 12, 7, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal([7, 3, 1], slots.Select(s => s.OffsetDays));
    }
}
