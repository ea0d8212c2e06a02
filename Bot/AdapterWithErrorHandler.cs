using DualCreationBot.Dialogs;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace DualCreationBot.Bot;

/// <summary>CloudAdapter with the turn culture middleware and the one turn-error handler.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        TurnCultureMiddleware culture,
        TurnErrorHandler errors,
        ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Use(culture);
        OnTurnError = errors.HandleAsync;
    }
}
