namespace DualCreationBot.Dialogs.Engine;

/// <summary>A unit of conversation that can span turns; its position lives in its <see cref="DialogFrame"/>.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Changes whenever the shape of the dialog's stored frame changes, so a stale stack is noticed.</summary>
    public virtual string Version => "1";

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again (after "帮助"), with an explanation of what is expected.</summary>
    public virtual Task RepromptAsync(DialogContext dc, bool withHelp, CancellationToken cancellationToken) => Task.CompletedTask;
}

public enum DialogTurnStatus
{
    /// <summary>No dialog was running.</summary>
    Empty,

    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog ended.</summary>
    Complete,

    /// <summary>All dialogs were cancelled.</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}

/// <summary>The stored stack names a dialog or version this code no longer has.</summary>
public sealed class StaleDialogStackException(string message) : Exception(message);
