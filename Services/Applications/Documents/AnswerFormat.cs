using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>How stored answers read on paper. Reads <see cref="FormTexts"/>, so call it with the zh-CN UI culture set.</summary>
internal static class AnswerFormat
{
    /// <summary>The answer of a Text, LongText, Number, YesNo or Choice field, or null when there is none.</summary>
    public static string? Text(FormField field, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        return field.Kind switch
        {
            FieldKind.Number => TryNumber(value, out var number) ? Number(number) : null,
            FieldKind.YesNo => value.GetValueKind() switch
            {
                JsonValueKind.True => DocumentTexts.Yes,
                JsonValueKind.False => DocumentTexts.No,
                _ => null,
            },
            FieldKind.Choice => Choice(field, Plain(value)),
            _ => Plain(value),
        };
    }

    /// <summary>A stored number, whether it was kept as a JSON number or (older data) as a string.</summary>
    public static bool TryNumber(JsonNode? value, out decimal number)
    {
        number = 0;
        if (value is null)
        {
            return false;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>(),
            _ => null,
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Invariant digits without trailing zeros or exponent: 1200.50 → "1200.5".</summary>
    public static string Number(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>"2018年9月28日", the date on the Beijing clock face.</summary>
    public static string Date(DateTimeOffset instant)
    {
        var day = BeijingTime.ToBeijing(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");
    }

    /// <summary>A file size as people read it: "120 KB", "3.5 MB" (never "0 KB" for a non-empty file).</summary>
    public static string Size(long bytes)
    {
        const long Mebibyte = 1024 * 1024;
        return bytes >= Mebibyte
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / (decimal)Mebibyte, 1):0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024m))} KB");
    }

    /// <summary>Lines of a text answer; blank lines are dropped because paragraph spacing already separates them.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split(["\r\n", "\n", "\r"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? Plain(JsonNode value)
    {
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? Choice(FormField field, string? value)
    {
        var option = field.Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.Ordinal));

        // A value no longer among the options is still the applicant's answer: print it as given.
        return option is null ? value : FormTexts.Label(option, field);
    }
}
