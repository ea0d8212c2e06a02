using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>是 / 否 (and their everyday variants, in Chinese and English); the result is a bool.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpConfirm;

    protected override Recognition<bool> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Activity.Text;
        var choice = ChoiceRendering.Recognize(text, YesNo());
        if (choice is not null)
        {
            return Recognition<bool>.Success(choice.Value == "yes");
        }

        if (UserInput.IsOneOf(text, Strings.Words(nameof(Strings.ConfirmYesWords))))
        {
            return Recognition<bool>.Success(true);
        }

        return UserInput.IsOneOf(text, Strings.Words(nameof(Strings.ConfirmNoWords)))
            ? Recognition<bool>.Success(false)
            : Recognition<bool>.Failure(Strings.ConfirmInvalid);
    }

    protected override Microsoft.Bot.Schema.IActivity BuildPrompt(ITurnContext context, PromptOptions options, string text) =>
        ChoiceRendering.Render(context, text, YesNo());

    private static List<Choice> YesNo() => [new("yes", Strings.Yes), new("no", Strings.No)];
}
