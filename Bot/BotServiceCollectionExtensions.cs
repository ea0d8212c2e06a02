using DualCreationBot.Bot.Reminders;
using DualCreationBot.Services.Reminders.Sweeping;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace DualCreationBot.Bot;

internal static class BotServiceCollectionExtensions
{
    /// <summary>
    /// CloudAdapter configured by the standard keys MicrosoftAppType, MicrosoftAppId,
    /// MicrosoftAppPassword and MicrosoftAppTenantId (an empty app id means local / Emulator use).
    /// </summary>
    public static IServiceCollection AddDualCreationBot(this IServiceCollection services)
    {
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddTransient<IBot, DualCreationActivityHandler>();
        services.AddSingleton<CloudAdapterBase>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<IMessageChannel, ProactiveSender>();
        services.AddHostedService<ReminderHostedService>();
        return services;
    }
}
