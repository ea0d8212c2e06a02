using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Deliverables.Upload;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Reminders;
using DualCreationBot.Services.Reminders.Sweeping;
using DualCreationBot.Services.Roster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>The domain services: roster and identity, campaign, applications, file uploads.</summary>
    public static IServiceCollection AddDualCreationServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RosterOptions>()
            .Bind(configuration.GetSection(RosterOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRosterFiles();
        services.AddSingleton<IRosterService, RosterService>();
        services.AddSingleton<ICampaignService, CampaignService>();
        services.AddSingleton<IApplicationService, ApplicationService>();

        // Application materials and deliverables share one screening and one download client.
        services.AddDeliverableUploads(configuration);
        services.AddSingleton<IFileIntake, FileIntake>();
        services.AddSingleton<IDeliverableService, DeliverableService>();
        services.AddSingleton<IContactBook, ContactBook>();
        services.AddOptions<FileLinkOptions>()
            .Bind(configuration.GetSection(FileLinkOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.SigningKey) || IsKey(o.SigningKey), "Files:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<IFileLinks, FileLinks>();
        services.AddReminderPlanning(configuration);
        services.AddReminderSweep();
        return services;
    }

    private static bool IsKey(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= 32;
    }
}
