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
        var composer = new Composer();
        return composer.Message(deadline, unitName, composer.Due(deadline.Due), composer.List(deadline.Missing), daysLeft);
    }

    /// <summary>
    /// The wording of one culture resolved once: a sweep composes thousands of messages, and looking
    /// every piece up again per message would dominate planning time.
    /// </summary>
    internal sealed class Composer
    {
        private readonly string message = Get("Message");
        private readonly string dateTimeFormat = Get("DateTimeFormat");
        private readonly string dueToday = Get("DueToday");
        private readonly string oneDayLeft = Get("OneDayLeft");
        private readonly string daysLeft = Get("DaysLeft");
        private readonly string separator = Get("ListSeparator");

        // The pattern has no culture-dependent parts; invariant keeps ':' from becoming another separator.
        public string Due(DateTimeOffset due) => BeijingTime.ToBeijing(due).ToString(dateTimeFormat, CultureInfo.InvariantCulture);

        public string List(IEnumerable<string> names) => string.Join(separator, names);

        public string Message(Deadline deadline, string unitName, string due, string missing, int left)
        {
            var days = left switch
            {
                <= 0 => dueToday,
                1 => oneDayLeft,
                _ => string.Format(CultureInfo.CurrentCulture, daysLeft, left),
            };
            return string.Format(CultureInfo.CurrentCulture, message, unitName, deadline.Subject, due, days, missing, deadline.Action);
        }
    }
}
