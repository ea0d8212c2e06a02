using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Services.Applications.Documents;

public static class ApplicationDocumentServiceCollectionExtensions
{
    /// <summary>Registers the 申报书 writer; it keeps no state, so one instance serves every turn.</summary>
    public static IServiceCollection AddApplicationDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IApplicationDocumentWriter, ApplicationDocumentWriter>();
        return services;
    }
}
