namespace DualCreationBot.Services.Campaigns;

/// <summary>The programme's clock face: Asia/Shanghai (UTC+8, no daylight saving).</summary>
public static class BeijingTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The instant as Beijing wall-clock time.</summary>
    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Beijing according to <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToBeijing(time.GetUtcNow()).DateTime);
    }

    /// <summary>The instant of a Beijing wall-clock time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Zone.GetUtcOffset(date.ToDateTime(time)));

    /// <summary>The last second of a Beijing day: how the notice's "by date X" deadlines are read.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => At(date, new TimeOnly(23, 59, 59));

    /// <summary>Whole calendar days from today (Beijing) to the due instant's day; negative once past.</summary>
    public static int DaysLeft(DateTimeOffset due, TimeProvider time) =>
        DateOnly.FromDateTime(ToBeijing(due).DateTime).DayNumber - Today(time).DayNumber;
}
