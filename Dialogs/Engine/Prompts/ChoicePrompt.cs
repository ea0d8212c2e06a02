using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>; the result is the chosen <see cref="Choice"/>.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<Choice>? validator = null) : Prompt<Choice>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpChoice;

    protected override Recognition<Choice> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRendering.Recognize(context.Activity.Text, options.Choices) is { } choice
            ? Recognition<Choice>.Success(choice)
            : Recognition<Choice>.Failure(Strings.ChoiceInvalid);
    }

    protected override Microsoft.Bot.Schema.IActivity BuildPrompt(ITurnContext context, PromptOptions options, string text)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRendering.Render(context, text, options.Choices);
    }
}
