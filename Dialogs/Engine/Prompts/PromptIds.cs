namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>The shared prompt dialogs every flow uses.</summary>
public static class PromptIds
{
    public const string Text = nameof(TextPrompt);
    public const string Number = nameof(NumberPrompt);
    public const string Choice = nameof(ChoicePrompt);
    public const string Confirm = nameof(ConfirmPrompt);
    public const string Date = nameof(DatePrompt);
    public const string Attachment = nameof(AttachmentPrompt);
}
