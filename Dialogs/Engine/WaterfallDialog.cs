using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Engine;

public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A dialog of steps run in order; each step usually starts a prompt and the next receives its
/// answer. <typeparamref name="TState"/> is the dialog's typed memory, stored in its frame.
/// </summary>
public abstract class WaterfallDialog<TState>(string id) : Dialog(id)
    where TState : class, new()
{
    private readonly List<WaterfallStep<TState>> steps = [];

    /// <summary>Step count plus <see cref="StateVersion"/>: adding a step or reshaping the state makes old stacks stale.</summary>
    public override string Version => $"{StateVersion}.{steps.Count}";

    /// <summary>Bump when <typeparamref name="TState"/> changes incompatibly.</summary>
    protected virtual int StateVersion => 1;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, 0, options, new TState(), cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.ActiveFrame!.Step + 1, dc.Context.Activity.Text, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.ActiveFrame!.Step + 1, result, null, cancellationToken);
    }

    protected void AddStep(WaterfallStep<TState> step) => steps.Add(step);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, TState? state, CancellationToken cancellationToken)
    {
        var frame = dc.ActiveFrame!;
        state ??= frame.State?.ToObject<TState>() ?? new TState();
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        frame.Step = index;
        frame.State = JObject.FromObject(state);
        var step = new WaterfallStepContext<TState>(dc, this, frame, state, result);
        var outcome = await steps[index](step, cancellationToken).ConfigureAwait(false);

        // The frame object stays valid even if the step ended the dialog; saving to it is then harmless.
        frame.State = JObject.FromObject(state);
        return outcome;
    }
}

/// <summary>What a waterfall step sees: the turn, the previous step's result, and the dialog's state.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> dialog;
    private readonly DialogFrame frame;

    internal WaterfallStepContext(DialogContext dc, WaterfallDialog<TState> dialog, DialogFrame frame, TState state, object? result)
    {
        Dialogs = dc;
        this.dialog = dialog;
        this.frame = frame;
        State = state;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    public Microsoft.Bot.Builder.ITurnContext Context => Dialogs.Context;

    /// <summary>The dialog's typed memory; changes are stored when the step returns.</summary>
    public TState State { get; }

    /// <summary>The previous step's result: a prompt's answer, or the dialog's options for the first step.</summary>
    public object? Result { get; }

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step at once with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        frame.State = JObject.FromObject(State);
        return dialog.RunStepAsync(Dialogs, frame.Step + 1, result, State, cancellationToken);
    }

    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(Microsoft.Bot.Builder.MessageFactory.Text(text), cancellationToken);
}
