using System.Globalization;
using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>A number such as <c>35</c>, <c>５,000</c>, <c>5000元</c> or <c>1.5万</c>, within Min..Max.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    private static readonly string[] Units = ["元", "人", "名", "个", "项", "rmb", "yuan"];

    protected override string DefaultHelp => Strings.HelpNumber;

    protected override Recognition<decimal> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!TryRead(context.Activity.Text, out var value))
        {
            return Recognition<decimal>.Failure(Strings.NumberInvalid);
        }

        return (options.Min is { } min && value < min) || (options.Max is { } max && value > max)
            ? Recognition<decimal>.Failure(Strings.Format(nameof(Strings.NumberOutOfRange), options.Min ?? decimal.MinValue, options.Max ?? decimal.MaxValue))
            : Recognition<decimal>.Success(value);
    }

    internal static bool TryRead(string? text, out decimal value)
    {
        var input = UserInput.Normalize(text).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var unit in Units)
        {
            if (input.EndsWith(unit, StringComparison.Ordinal))
            {
                input = input[..^unit.Length];
            }
        }

        var factor = 1m;
        if (input.EndsWith('万'))
        {
            factor = 10_000m;
            input = input[..^1];
        }

        var ok = decimal.TryParse(input, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        value *= factor;
        return ok;
    }
}
