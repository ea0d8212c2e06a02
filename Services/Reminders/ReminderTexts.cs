using System.Globalization;
using System.Resources;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Services.Reminders;

/// <summary>Reminder wording (zh-CN neutral, en-US), in the current UI culture.</summary>
public static class ReminderTexts
{
    private static readonly ResourceManager Resources = new("DualCreationBot.Services.Reminders.ReminderTexts", typeof(ReminderTexts).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing reminder text '{name}'.");

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(name), args);

    /// <summary>Joins user-facing names the way the language lists them ("、" or ", ").</summary>
    public static string List(IEnumerable<string> names) => string.Join(Get("ListSeparator"), names);

    /// <summary>The message of one reminder: whose, what, the due instant in Beijing time, days left, what is missing, what to do.</summary>
    public static string Message(Deadline deadline, string unitName, int daysLeft)
    {
        ArgumentNullException.ThrowIfNull(deadline);

        // The pattern has no culture-dependent parts; invariant keeps ':' from becoming another separator.
        var due = BeijingTime.ToBeijing(deadline.Due).ToString(Get("DateTimeFormat"), CultureInfo.InvariantCulture);
        var left = daysLeft switch
        {
            <= 0 => Get("DueToday"),
            1 => Get("OneDayLeft"),
            _ => Format("DaysLeft", daysLeft),
        };
        return Format("Message", unitName, deadline.Subject, due, left, List(deadline.Missing), deadline.Action);
    }
}
