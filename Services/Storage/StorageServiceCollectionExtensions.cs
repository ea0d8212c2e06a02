using Azure.Storage.Blobs;
using DualCreationBot.Services.Resilience;
using DualCreationBot.Services.Storage.Blob;
using DualCreationBot.Services.Storage.Local;
using DualCreationBot.Services.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the document and file stores chosen by "Storage:Provider", each behind the
    /// storage resilience pipelines, with their options validated at start-up.
    /// </summary>
    public static IServiceCollection AddDualCreationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != StorageProvider.AzureBlob || !string.IsNullOrWhiteSpace(o.BlobConnectionString),
                "Storage:BlobConnectionString is required when Storage:Provider is AzureBlob.")
            .ValidateOnStart();
        services.AddOptions<StorageResilienceOptions>()
            .Bind(configuration.GetSection(StorageResilienceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<StorageResiliencePipelines>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton(sp => new BlobServiceClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.BlobConnectionString,
            new BlobClientOptions
            {
                // Polly is the one retry layer (StorageResiliencePipelines); retries inside the SDK would multiply with it.
                Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(100) },
            }));
        services.AddSingleton<IDocumentStore>(sp => new ResilientDocumentStore(CreateDocumentStore(sp), sp.GetRequiredService<StorageResiliencePipelines>()));
        services.AddSingleton<IFileStore>(sp => new ResilientFileStore(CreateFileStore(sp), sp.GetRequiredService<StorageResiliencePipelines>()));
        return services;
    }

    private static IDocumentStore CreateDocumentStore(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.AzureBlob => new BlobDocumentStore(Container(services, o => o.DocumentsContainer)),
            _ => new SqliteDocumentStore(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<TimeProvider>()),
        };

    private static IFileStore CreateFileStore(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.AzureBlob => new BlobFileStore(Container(services, o => o.FilesContainer)),
            _ => new LocalFileStore(services.GetRequiredService<IOptions<StorageOptions>>()),
        };

    private static BlobContainerClient Container(IServiceProvider services, Func<StorageOptions, string> name) =>
        services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name(services.GetRequiredService<IOptions<StorageOptions>>().Value));
}
