using System.Globalization;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Dialogs;

/// <summary>Instants and deadlines as users read them: Beijing time, and the days left in words.</summary>
public static class DueText
{
    /// <summary>"2019年9月30日 23:59" (zh-CN) or "2019-09-30 23:59" (en-US), in Beijing time.</summary>
    public static string When(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString(Strings.DateTimeFormat, CultureInfo.CurrentCulture);

    /// <summary>"还剩 3 天", "今天截止" or "已截止".</summary>
    public static string DaysLeft(DateTimeOffset due, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (due < time.GetUtcNow())
        {
            return Strings.DuePassed;
        }

        var days = BeijingTime.DaysLeft(due, time);
        return days == 0 ? Strings.DueToday : Strings.Format(nameof(Strings.DaysLeft), days);
    }
}
