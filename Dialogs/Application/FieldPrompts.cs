using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Dialogs.Application;

/// <summary>Turns a form field into the prompt that asks it: which prompt, its text and options.</summary>
internal static class FieldPrompts
{
    public static string PromptIdFor(FormField field) => field.Kind switch
    {
        FieldKind.YesNo => PromptIds.Confirm,
        FieldKind.Choice => PromptIds.Choice,
        FieldKind.Attachments => PromptIds.Attachment,
        _ => PromptIds.Text,
    };

    public static PromptOptions For(FormField field, string? itemSuffix = null, string? problem = null)
    {
        var text = FormTexts.Label(field) + itemSuffix;
        if (FormTexts.Find(field.Id + ".Help") is { } help)
        {
            text += "\n" + help;
        }

        return new PromptOptions
        {
            Prompt = problem is null ? text : problem + "\n\n" + text,
            RetryPrompt = text,
            MaxLength = field.IsText ? field.MaxLength : 100,
            Choices = [.. field.Options.Select(o => new Choice(o.Value, FormTexts.Label(o, field), o.Synonyms))],
        };
    }

    /// <summary>A short label for choice lists (the eligibility conditions are whole sentences).</summary>
    public static string Short(string text, int length = 28) => text.Length <= length ? text : text[..length] + "…";

    public static string ItemSuffix(FormField group, int index) =>
        Strings.Format(nameof(Strings.ItemSuffix), FormTexts.Get(group.Id + ".Item"), index + 1);
}
