using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Parsing;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>A calendar date (see <see cref="DateInput"/>); a date without a year is in the current Beijing year.</summary>
public sealed class DatePrompt(string id, TimeProvider time, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    protected override string DefaultHelp => Strings.HelpDate;

    protected override Recognition<DateOnly> Recognize(ITurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return DateInput.TryParse(context.Activity.Text, BeijingTime.Today(time), out var date)
            ? Recognition<DateOnly>.Success(date)
            : Recognition<DateOnly>.Failure(Strings.DateInvalid);
    }
}
