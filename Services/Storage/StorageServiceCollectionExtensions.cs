using DualCreationBot.Services.Resilience;
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
        services.AddSingleton<IDocumentStore>(sp => new ResilientDocumentStore(CreateDocumentStore(sp), sp.GetRequiredService<StorageResiliencePipelines>()));
        services.AddSingleton<IFileStore>(sp => new ResilientFileStore(CreateFileStore(sp), sp.GetRequiredService<StorageResiliencePipelines>()));
        return services;
    }

    private static IDocumentStore CreateDocumentStore(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.AzureBlob => throw new NotSupportedException("Azure Blob documents are registered in the next commit."),
            _ => new SqliteDocumentStore(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<TimeProvider>()),
        };

    private static IFileStore CreateFileStore(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.AzureBlob => throw new NotSupportedException("Azure Blob files are registered in the next commit."),
            _ => new LocalFileStore(services.GetRequiredService<IOptions<StorageOptions>>()),
        };
}
