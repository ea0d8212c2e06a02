using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Roster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>The domain services: roster and identity, campaign, applications.</summary>
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
        services.AddSingleton<IFileIntake, FileIntake>();
        services.AddSingleton<IDeliverableService, DeliverableService>();
        services.AddSingleton<IContactBook, ContactBook>();
        services.AddOptions<FileLinkOptions>()
            .Bind(configuration.GetSection(FileLinkOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.SigningKey) || IsKey(o.SigningKey), "Files:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<IFileLinks, FileLinks>();
        services.AddHttpClient(FileIntake.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(o =>
            {
                // Large files: the whole transfer may take minutes; each attempt is bounded by the total.
                o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(15);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(10);
            });
        return services;
    }

    private static bool IsKey(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= 32;
    }
}
