using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DualCreationBot.Services.Parsing;

namespace DualCreationBot.Services.Applications.Forms;

/// <summary>The outcome of checking one answer: the value to store, or what is wrong (user-facing).</summary>
public readonly record struct FieldCheck(JsonNode? Value, string? Problem)
{
    public bool Ok => Problem is null;

    public static FieldCheck Valid(JsonNode? value) => new(value, null);

    public static FieldCheck Invalid(string problem) => new(null, problem);
}

/// <summary>
/// The rules of one field applied to what a person typed (or submitted in a card): the same
/// rules behind the step-by-step prompts, the Adaptive Card forms and the completeness check.
/// </summary>
public static class FieldRules
{
    private static readonly string[] YesWords = ["是", "是的", "对", "符合", "有", "yes", "y", "true", "1"];
    private static readonly string[] NoWords = ["否", "不", "不是", "不对", "不符合", "没有", "no", "n", "false", "2"];

    public static FieldCheck Check(FormField field, string? raw)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = (raw ?? string.Empty).Trim();
        return field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => CheckText(field, text),
            FieldKind.Number => CheckNumber(field, text),
            FieldKind.YesNo => CheckYesNo(text),
            FieldKind.Choice => CheckChoice(field, text),
            _ => throw new InvalidOperationException($"Field {field.Id} ({field.Kind}) is not answered with text."),
        };
    }

    /// <summary>The option meant by <paramref name="text"/>: its number, value, label (either language) or a synonym.</summary>
    public static FieldOption? FindOption(FormField field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        var input = Normalize(text);
        if (int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= field.Options.Count)
        {
            return field.Options[number - 1];
        }

        return field.Options.FirstOrDefault(o =>
            Normalize(o.Value) == input ||
            o.Synonyms.Any(s => Normalize(s) == input) ||
            Labels(o, field).Any(l => Normalize(l) == input));
    }

    private static FieldCheck CheckText(FormField field, string text)
    {
        if (text.Length == 0)
        {
            return FieldCheck.Invalid(FormTexts.Get("Problem.Empty"));
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return FieldCheck.Invalid(FormTexts.Get("Problem.NoWords"));
        }

        var length = new StringInfo(text).LengthInTextElements;
        if (length > field.MaxLength)
        {
            return FieldCheck.Invalid(FormTexts.Format("Problem.TooLong", length, field.MaxLength));
        }

        if (field.Pattern is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        {
            return FieldCheck.Invalid(FormTexts.Get(field.Id + ".Invalid"));
        }

        return FieldCheck.Valid(JsonValue.Create(text));
    }

    private static FieldCheck CheckNumber(FormField field, string text)
    {
        if (!NumberInput.TryParse(text, out var value))
        {
            return FieldCheck.Invalid(FormTexts.Get("Problem.NotNumber"));
        }

        if (field.WholeNumber && value != decimal.Truncate(value))
        {
            return FieldCheck.Invalid(FormTexts.Get("Problem.NotInteger"));
        }

        if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
        {
            return FieldCheck.Invalid(FormTexts.Format("Problem.OutOfRange", field.Min ?? 0, field.Max ?? decimal.MaxValue));
        }

        return FieldCheck.Valid(JsonValue.Create(value));
    }

    private static FieldCheck CheckYesNo(string text)
    {
        var input = Normalize(text);
        if (YesWords.Contains(input, StringComparer.Ordinal))
        {
            return FieldCheck.Valid(JsonValue.Create(true));
        }

        return NoWords.Contains(input, StringComparer.Ordinal)
            ? FieldCheck.Valid(JsonValue.Create(false))
            : FieldCheck.Invalid(FormTexts.Get("Problem.NotYesNo"));
    }

    private static FieldCheck CheckChoice(FormField field, string text) =>
        FindOption(field, text) is { } option
            ? FieldCheck.Valid(JsonValue.Create(option.Value))
            : FieldCheck.Invalid(FormTexts.Get("Problem.NotAnOption"));

    private static IEnumerable<string> Labels(FieldOption option, FormField field) =>
        new[] { CultureInfo.CurrentUICulture, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-US") }
            .Select(culture => FormTexts.Find(field.Id + "." + option.Value, culture))
            .OfType<string>();

    private static string Normalize(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();
}
