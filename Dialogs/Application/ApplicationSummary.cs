using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Dialogs.Application;

/// <summary>The application as text, section by section, for the review before submitting.</summary>
internal static class ApplicationSummary
{
    public static string Of(ApplicationForm form, Project project)
    {
        var text = new StringBuilder();
        foreach (var section in form.Sections)
        {
            text.Append(Strings.Format(nameof(Strings.SectionHeading), FormTexts.Section(section))).Append('\n');
            foreach (var field in section.Fields)
            {
                text.Append(FieldPrompts.Short(FormTexts.Label(field), 20)).Append('：').Append(Value(field, project.Answers.GetValueOrDefault(field.Id))).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string Value(FormField field, JsonNode? value)
    {
        if (value is null)
        {
            return Strings.Unanswered;
        }

        switch (field.Kind)
        {
            case FieldKind.YesNo:
                return value.GetValue<bool>() ? Strings.Yes : Strings.No;
            case FieldKind.Choice:
                var option = field.Options.FirstOrDefault(o => o.Value == value.GetValue<string>());
                return option is null ? value.ToString() : FormTexts.Label(option, field);
            case FieldKind.Number:
                return value.GetValue<decimal>().ToString("0.##", CultureInfo.CurrentCulture);
            case FieldKind.Group:
                var items = value.AsArray().OfType<JsonObject>().ToList();
                var lines = items.Select((item, i) => $"\n　{i + 1}. " + string.Join("；", field.ItemFields.Select(f => FieldPrompts.Short(Value(f, item[f.Id]), 30))));
                return Strings.Format(nameof(Strings.ItemsCount), items.Count) + string.Concat(lines);
            case FieldKind.Attachments:
                return string.Join("、", value.AsArray().OfType<JsonObject>().Select(f => f["name"]?.GetValue<string>()));
            default:
                return FieldPrompts.Short(value.GetValue<string>().ReplaceLineEndings(" "), 60);
        }
    }
}
