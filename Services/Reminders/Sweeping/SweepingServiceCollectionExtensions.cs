using Azure.Storage.Blobs;
using DualCreationBot.Services.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Reminders.Sweeping;

public static class SweepingServiceCollectionExtensions
{
    /// <summary>
    /// The reminder sweep and what it stands on: markers, the lock of the chosen backend (a blob lease
    /// on Azure, a lock document on SQLite) and the notices to administrators. The host provides
    /// <see cref="IMessageChannel"/> and runs the sweep on its timer.
    /// </summary>
    public static IServiceCollection AddReminderSweep(this IServiceCollection services)
    {
        services.AddSingleton<IReminderMarkers, ReminderMarkers>();
        services.AddSingleton<UnreachableNotices>();
        services.AddSingleton<ISweepLock>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider == StorageProvider.AzureBlob
                ? new BlobLeaseSweepLock(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(options.DocumentsContainer))
                : new DocumentSweepLock(sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IReminderSweep, ReminderSweep>();
        services.AddSingleton<IUpcomingDeadlines, UpcomingDeadlines>();
        return services;
    }
}
