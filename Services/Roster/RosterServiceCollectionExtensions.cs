using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Services.Roster;

public static class RosterServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IRosterFileReader"/>; it holds no state, so one instance serves every upload.</summary>
    public static IServiceCollection AddRosterFiles(this IServiceCollection services)
    {
        services.AddSingleton<IRosterFileReader, RosterFileReader>();
        return services;
    }
}
