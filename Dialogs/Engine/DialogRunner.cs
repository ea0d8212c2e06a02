using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Menu;
using DualCreationBot.Dialogs.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DualCreationBot.Dialogs.Engine;

/// <summary>
/// Runs one turn of the dialog stack stored in ConversationState. Before the stack sees a message,
/// the global commands are handled: 帮助 (explain the current question and ask it again),
/// 取消 (drop what is in progress) and 菜单 / 返回 (back to the menu). When nothing is running
/// any more, the root dialog (the main menu) starts again. A stack that no longer matches the
/// code is dropped with an apology.
/// </summary>
public sealed class DialogRunner(DialogSet dialogs, ConversationState conversationState, string rootDialogId, IEnumerable<MenuFeature>? shortcuts = null)
{
    private readonly IStatePropertyAccessor<DialogStack> stackProperty = conversationState.CreateProperty<DialogStack>("DialogStack");
    private readonly IReadOnlyList<MenuFeature> shortcuts = [.. (shortcuts ?? []).Where(f => f.Shortcut)];

    /// <summary>The key under which a card's submit data names the dialog that handles it.</summary>
    public const string CardDialogKey = "dialog";

    public async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var dc = await ContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        try
        {
            var handled = turnContext.Activity.Type == ActivityTypes.Message
                && (await HandleCommandAsync(dc, cancellationToken).ConfigureAwait(false)
                    || await HandleCardSubmitAsync(dc, cancellationToken).ConfigureAwait(false)
                    || await HandleShortcutAsync(dc, cancellationToken).ConfigureAwait(false));
            if (!handled)
            {
                await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (StaleDialogStackException)
        {
            dc.Stack.Frames.Clear();
            await turnContext.SendActivityAsync(MessageFactory.Text(Strings.StaleStack), cancellationToken).ConfigureAwait(false);
        }

        if (dc.ActiveFrame is null)
        {
            await dc.BeginDialogAsync(rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        await SaveAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the root dialog unless something is already running (used after the greeting).</summary>
    public async Task StartAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await ContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveFrame is null)
        {
            await dc.BeginDialogAsync(rootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        await SaveAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets where the conversation was (the turn-error handler's reset). Saved project data is untouched.</summary>
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        stackProperty.DeleteAsync(turnContext, cancellationToken);

    private async Task<DialogContext> ContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stack = await stackProperty.GetAsync(turnContext, () => new DialogStack(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(dialogs, turnContext, stack);
    }

    /// <summary>An Adaptive Card submit names its dialog; that dialog restarts with the submitted values as options.</summary>
    private static async Task<bool> HandleCardSubmitAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Value is not JObject value || value[CardDialogKey]?.Value<string>() is not { } dialogId || !dc.Knows(dialogId))
        {
            return false;
        }

        await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        await dc.BeginDialogAsync(dialogId, value, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> HandleShortcutAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var person = TurnPerson.Find(dc.Context);
        var feature = shortcuts.FirstOrDefault(f => person is not null && f.IsFor(person) &&
            UserInput.IsOneOf(dc.Context.Activity.Text, [Strings.Get(f.LabelText), .. Strings.Words(f.SynonymsText)]));
        if (feature is null || dc.Stack.Frames.Any(f => f.DialogId == feature.DialogId))
        {
            return false;
        }

        // The menu follows by itself when the feature ends and the stack is empty.
        await dc.CancelAllDialogsAsync().ConfigureAwait(false);
        await dc.BeginDialogAsync(feature.DialogId, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // BotState hands out a fresh copy of a stored value, so the changed stack is set back explicitly.
    private Task SaveAsync(DialogContext dc, CancellationToken cancellationToken) =>
        stackProperty.SetAsync(dc.Context, dc.Stack, cancellationToken);

    private static async Task<bool> HandleCommandAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var text = dc.Context.Activity.Text;
        if (UserInput.IsOneOf(text, Strings.Words(nameof(Strings.CommandsHelp))))
        {
            if (dc.ActiveFrame is null)
            {
                await dc.Context.SendActivityAsync(MessageFactory.Text(Strings.HelpGeneral), cancellationToken).ConfigureAwait(false);
                return true;
            }

            dc.EnsureCurrent();
            await dc.RepromptAsync(withHelp: true, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (UserInput.IsOneOf(text, Strings.Words(nameof(Strings.CommandsCancel))))
        {
            var message = dc.ActiveFrame is null ? Strings.NothingToCancel : Strings.Cancelled;
            await dc.CancelAllDialogsAsync().ConfigureAwait(false);
            await dc.Context.SendActivityAsync(MessageFactory.Text(message), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (UserInput.IsOneOf(text, Strings.Words(nameof(Strings.CommandsMenu))))
        {
            await dc.CancelAllDialogsAsync().ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
