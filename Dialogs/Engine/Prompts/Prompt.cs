using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and waits for an answer it can read and the validator accepts. A wrong
/// answer gets what is wrong and the question again; after <see cref="PromptOptions.MaxAttempts"/>
/// wrong answers the bot apologises and the whole stack is cancelled (the menu follows).
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var prompt = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        await dc.Context.SendActivityAsync(BuildPrompt(dc.Context, prompt, prompt.Prompt), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var options = dc.GetOptions<PromptOptions>() ?? new PromptOptions();
        var recognized = Recognize(dc.Context, options);
        var problem = recognized.Problem;
        if (recognized.Succeeded && validator is not null)
        {
            var check = new PromptValidatorContext<T>(dc.Context, recognized.Value!, options);
            if (!await validator(check, cancellationToken).ConfigureAwait(false))
            {
                problem = check.Problem ?? DefaultHelp;
            }
            else
            {
                return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (recognized.Succeeded)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        var frame = dc.ActiveFrame!;
        frame.Attempts++;
        if (frame.Attempts >= options.MaxAttempts)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(Strings.TooManyAttempts), cancellationToken).ConfigureAwait(false);
            return await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        }

        var again = options.RetryPrompt ?? options.Prompt;
        await dc.Context.SendActivityAsync(BuildPrompt(dc.Context, options, problem + "\n\n" + again), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptAsync(DialogContext dc, bool withHelp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = dc.GetOptions<PromptOptions>() ?? new PromptOptions();
        var text = withHelp ? (options.Help ?? DefaultHelp) + "\n" + Strings.HelpGeneral + "\n\n" + options.Prompt : options.Prompt;
        await dc.Context.SendActivityAsync(BuildPrompt(dc.Context, options, text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How this kind of prompt explains what it expects.</summary>
    protected abstract string DefaultHelp { get; }

    /// <summary>Reads the answer from the activity.</summary>
    protected abstract Recognition<T> Recognize(ITurnContext context, PromptOptions options);

    /// <summary>The question as an activity; choice prompts add their options.</summary>
    protected virtual IActivity BuildPrompt(ITurnContext context, PromptOptions options, string text) => MessageFactory.Text(text);
}
