using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables.Upload;
using DualCreationBot.Services.Files;
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
        return services;
    }
}
