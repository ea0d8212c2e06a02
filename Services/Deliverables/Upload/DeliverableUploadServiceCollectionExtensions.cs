using DualCreationBot.Services.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace DualCreationBot.Services.Deliverables.Upload;

public static class DeliverableUploadServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IUploadPipeline"/>, the shared file screening and the download client
    /// (needs the storage registered by AddDualCreationStorage). Calling it twice registers once.
    /// </summary>
    public static IServiceCollection AddDeliverableUploads(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IUploadPipeline)))
        {
            return services;
        }

        services.AddOptions<DeliverableUploadOptions>()
            .Bind(configuration.GetSection(DeliverableUploadOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The pipeline is a singleton holding this typed client: connections are recycled by the
        // handler's PooledConnectionLifetime (DNS changes are seen) instead of by handler rotation.
        services.AddHttpClient<FileDownloader>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(o =>
            {
                // Large files: with ResponseHeadersRead an attempt ends at the headers, but a slow
                // server may take long to start a 500 MB answer; the total bounds all retries.
                o.AttemptTimeout.Timeout = TimeSpan.FromMinutes(5);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(15);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(10);
            })
            // Binding (not Configure(section), which refuses a missing section) keeps the section optional.
            .Configure(o => configuration.GetSection(DeliverableUploadOptions.DownloadSectionName).Bind(o));
        services.AddSingleton<FileScreening>();
        services.AddSingleton<IUploadPipeline, UploadPipeline>();
        return services;
    }
}
