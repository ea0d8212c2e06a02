using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>Free text: not empty, not only emoji or symbols, not longer than <see cref="PromptOptions.MaxLength"/>.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpText;

    protected override Recognition<string> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var text = context.Activity.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Recognition<string>.Failure(Strings.TextEmpty);
        }

        if (!text.Any(char.IsLetterOrDigit))
        {
            return Recognition<string>.Failure(Strings.TextNoWords);
        }

        var length = UserInput.VisibleLength(text);
        return length > options.MaxLength
            ? Recognition<string>.Failure(Strings.Format(nameof(Strings.TextTooLong), length, options.MaxLength))
            : Recognition<string>.Success(text);
    }
}
