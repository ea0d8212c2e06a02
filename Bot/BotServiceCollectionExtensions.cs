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
    public static IServiceCollection AddDualCreationBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddTransient<IBot, DualCreationActivityHandler>();

        // Proactive messages use an adapter of their own: the turn-error handler of the main one would
        // swallow a 403 (and apologise into a conversation that cannot be reached).
        services.AddSingleton<IMessageChannel>(sp => new ProactiveSender(
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()),
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ProactiveSender>>()));
        if (configuration.GetValue("Reminders:Enabled", defaultValue: true))
        {
            services.AddHostedService<ReminderHostedService>();
        }

        return services;
    }
}
