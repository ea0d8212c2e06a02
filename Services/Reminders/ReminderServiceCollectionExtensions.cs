using DualCreationBot.Services.Deliverables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Services.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Reminder planning: options (section "Reminders"), the deadline sources, the planner and the
    /// snapshot loader (which uses the storage, roster and campaign services registered elsewhere).
    /// A new kind of deadline is one more <see cref="IDeadlineSource"/> (and, if it needs more data,
    /// an <see cref="IPlanningDataLoader"/>) registered after this call.
    /// </summary>
    public static IServiceCollection AddReminderPlanning(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ReminderOptions.SectionName);
        services.AddOptions<ReminderOptions>()
            .Configure(options =>
            {
                section.Bind(options);

                // The binder appends configured list items to the defaults; configured offsets replace them.
                var offsets = section.GetSection(nameof(ReminderOptions.OffsetsDays));
                if (offsets.GetChildren().Any())
                {
                    options.OffsetsDays = offsets.Get<int[]>() ?? [];
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDeadlineSource, ApplicationDeadlines>();
        services.AddSingleton<IDeadlineSource>(new DeliverableDeadlines(DeliveryStage.MidTerm));
        services.AddSingleton<IDeadlineSource>(new DeliverableDeadlines(DeliveryStage.Acceptance));
        services.AddSingleton<IDeadlineSource>(new DeliverableDeadlines(DeliveryStage.Rectification));
        services.AddSingleton<IReminderPlanner, ReminderPlanner>();
        services.AddSingleton<IPlanningSnapshotLoader, PlanningSnapshotLoader>();
        return services;
    }
}
