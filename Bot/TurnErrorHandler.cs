using System.Globalization;
using DualCreationBot.Dialogs;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;

namespace DualCreationBot.Bot;

/// <summary>
/// The one turn-error handler: logs with the exception, sends one polite apology in the user's
/// language, and forgets where the conversation was so the next message starts cleanly. Saved
/// project data is never touched. When storage itself is down, the position is kept (it could
/// not be saved anyway) and the user is asked to send the same message again.
/// </summary>
public sealed partial class TurnErrorHandler(ConversationState conversationState, DialogRunner runner, ILogger<TurnErrorHandler> logger)
{
    private const int ClearAttempts = 3;

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        LogTurnFailed(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, exception);
        var culture = TurnCultureMiddleware.For(turnContext.Activity.Locale);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;

        var storageDown = exception is StorageUnavailableException;
        try
        {
            await turnContext.SendActivityAsync(storageDown ? Strings.StorageUnavailable : Strings.TurnError);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogApologyFailed(logger, e);
        }

        if (!storageDown)
        {
            await ClearDialogStateAsync(turnContext);
        }
    }

    private async Task ClearDialogStateAsync(ITurnContext turnContext)
    {
        for (var attempt = 1; attempt <= ClearAttempts; attempt++)
        {
            try
            {
                await conversationState.LoadAsync(turnContext, force: true);
                await runner.ClearAsync(turnContext, CancellationToken.None);
                await conversationState.SaveChangesAsync(turnContext, force: false);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < ClearAttempts)
            {
                // Another turn saved meanwhile: read its state and clear that.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogClearFailed(logger, e);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId}, conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, string? channelId, string? conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not clear the dialog state after a failed turn")]
    private static partial void LogClearFailed(ILogger logger, Exception exception);
}
