using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DualCreationBot.Services.Parsing;

/// <summary>
/// Reads the dates people type: <c>2019-09-30</c>, <c>2019/9/30</c>, <c>2019.9.30</c>,
/// <c>2019年9月30日</c> (or 号), and <c>9月30日</c> / <c>9-30</c> in the current Beijing year.
/// </summary>
public static partial class DateInput
{
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var input = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().TrimEnd('。', '.').Replace(" ", string.Empty, StringComparison.Ordinal);
        var full = FullDate().Match(input);
        if (full.Success)
        {
            return TryCreate(Number(full.Groups["y"]), Number(full.Groups["m"]), Number(full.Groups["d"]), out date);
        }

        var monthDay = MonthDay().Match(input);
        return monthDay.Success && TryCreate(today.Year, Number(monthDay.Groups["m"]), Number(monthDay.Groups["d"]), out date);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?:(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?|(?<m>\d{1,2})[-/](?<d>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();
}
