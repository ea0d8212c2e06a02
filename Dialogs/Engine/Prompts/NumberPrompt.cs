using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Parsing;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>A number such as <c>35</c>, <c>５,000</c>, <c>5000元</c> or <c>1.5万</c>, within Min..Max.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpNumber;

    protected override Recognition<decimal> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!NumberInput.TryParse(context.Activity.Text, out var value))
        {
            return Recognition<decimal>.Failure(Strings.NumberInvalid);
        }

        return (options.Min is { } min && value < min) || (options.Max is { } max && value > max)
            ? Recognition<decimal>.Failure(Strings.Format(nameof(Strings.NumberOutOfRange), options.Min ?? decimal.MinValue, options.Max ?? decimal.MaxValue))
            : Recognition<decimal>.Success(value);
    }
}
