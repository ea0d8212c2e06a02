using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Engine;

/// <summary>The dialog stack of one conversation during one turn, and the operations on it.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogStack stack)
{
    public ITurnContext Context { get; } = context;

    public DialogStack Stack { get; } = stack;

    /// <summary>True when a dialog with this id is registered.</summary>
    public bool Knows(string dialogId) => dialogs.Find(dialogId) is not null;

    public DialogFrame? ActiveFrame => Stack.Frames.Count > 0 ? Stack.Frames[^1] : null;

    private Dialog? ActiveDialog => ActiveFrame is { } frame ? dialogs.Find(frame.DialogId) : null;

    /// <summary>Throws <see cref="StaleDialogStackException"/> when a stored frame names a dialog or version this code lacks.</summary>
    public void EnsureCurrent()
    {
        foreach (var frame in Stack.Frames)
        {
            var dialog = dialogs.Find(frame.DialogId);
            if (dialog is null || !string.Equals(dialog.Version, frame.Version, StringComparison.Ordinal))
            {
                throw new StaleDialogStackException($"Stored frame {frame.DialogId}@{frame.Version} does not match the code.");
            }
        }
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = dialogs.Get(dialogId);
        Stack.Frames.Add(new DialogFrame
        {
            DialogId = dialogId,
            Version = dialog.Version,
            Options = options is null ? null : JToken.FromObject(options),
        });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the turn to the dialog on top of the stack.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveFrame is null)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        EnsureCurrent();
        return ActiveDialog!.ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the dialog on top and resumes its parent with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (Stack.Frames.Count > 0)
        {
            Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        }

        return ActiveDialog is { } parent
            ? parent.ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
    }

    /// <summary>Ends the dialog on top and starts another in its place (loops, restarts).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (Stack.Frames.Count > 0)
        {
            Stack.Frames.RemoveAt(Stack.Frames.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        Stack.Frames.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));
    }

    /// <summary>Asks the dialog on top to ask its question again.</summary>
    public Task RepromptAsync(bool withHelp, CancellationToken cancellationToken = default) =>
        ActiveDialog?.RepromptAsync(this, withHelp, cancellationToken) ?? Task.CompletedTask;

    /// <summary>The options the dialog on top was started with.</summary>
    public T? GetOptions<T>() => ActiveFrame?.Options is { } options ? options.ToObject<T>() : default;
}
