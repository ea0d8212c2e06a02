using System.Globalization;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Application.Cards;

/// <summary>The Adaptive Card input (as JSON) for one text-answered field, prefilled with its current answer.</summary>
internal static class CardInputs
{
    // No input is marked isRequired: Teams and Web Chat would then refuse to send a half-filled
    // section, while the bot saves what is there and asks for the rest in the conversation.
    public static JObject For(FormField field, string id, JsonNode? answer)
    {
        var input = field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => Text(field),
            FieldKind.Number => Number(field),
            FieldKind.YesNo => YesNo(),
            FieldKind.Choice => Choice(field),
            _ => throw new InvalidOperationException($"Field {field.Id} ({field.Kind}) has no card input."),
        };
        input["id"] = id;
        input["label"] = FormTexts.Label(field);
        input["errorMessage"] = ErrorMessage(field);
        if (Prefill(field, answer) is { } value)
        {
            input["value"] = value;
        }

        return input;
    }

    private static JObject Text(FormField field)
    {
        // maxLength counts UTF-16 units in the clients while FieldRules counts characters as people do;
        // the limit here only stops runaway typing, FieldRules has the last word when the card is read.
        var input = new JObject { ["type"] = "Input.Text", ["maxLength"] = field.MaxLength };
        if (field.Kind == FieldKind.LongText)
        {
            input["isMultiline"] = true;
        }

        if (field.Pattern is { } pattern)
        {
            input["regex"] = pattern;
        }

        return input;
    }

    private static JObject Number(FormField field)
    {
        var input = new JObject { ["type"] = "Input.Number" };
        if (field.Min is { } min)
        {
            input["min"] = Json(min);
        }

        if (field.Max is { } max)
        {
            input["max"] = Json(max);
        }

        return input;
    }

    // Values "true"/"false" are what FieldRules reads as 是/否 whatever language the card was shown in.
    private static JObject YesNo() => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["style"] = "expanded",
        ["choices"] = new JArray(Choice(FormTexts.Get("Yes"), "true"), Choice(FormTexts.Get("No"), "false")),
    };

    private static JObject Choice(FormField field) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["style"] = "compact",
        ["wrap"] = true,
        ["choices"] = new JArray(field.Options.Select(o => Choice(FormTexts.Label(o, field), o.Value))),
    };

    /// <summary>Whole numbers without a ".0" (Newtonsoft writes decimals with one), so clients show 35, not 35.0.</summary>
    private static JValue Json(decimal number) =>
        number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue ? new JValue((long)number) : new JValue(number);

    private static JObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string ErrorMessage(FormField field) => field.Kind switch
    {
        FieldKind.Text when field.Pattern is not null => FormTexts.Get(field.Id + ".Invalid"),
        FieldKind.Number => FormTexts.Format("Problem.OutOfRange", field.Min ?? 0, field.Max ?? decimal.MaxValue),
        FieldKind.YesNo => FormTexts.Get("Problem.NotYesNo"),
        FieldKind.Choice => FormTexts.Get("Problem.NotAnOption"),
        _ => FormTexts.Get("Problem.Empty"),
    };

    /// <summary>The answer as the input's value: text as is, numbers as numbers, 是/否 and options by value.</summary>
    private static JToken? Prefill(FormField field, JsonNode? answer)
    {
        if (answer is not JsonValue value)
        {
            return null;
        }

        // Numbers are read from their JSON text: stored answers may be decimals, ints or JsonElements.
        return field.Kind switch
        {
            FieldKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => Json(number),
            FieldKind.YesNo when value.TryGetValue<bool>(out var yes) => yes ? "true" : "false",
            _ when value.TryGetValue<string>(out var text) => text,
            _ => null,
        };
    }
}
