using DualCreationBot.Services.Roster;

namespace DualCreationBot.Services.Reminders;

/// <summary>A deadline as one person sees it in the chat.</summary>
public sealed record UpcomingDeadline(Deadline Deadline, string UnitName);

/// <summary>The deadlines still ahead for a person's units, from the same sources the reminders use.</summary>
public interface IUpcomingDeadlines
{
    Task<IReadOnlyList<UpcomingDeadline>> ForAsync(Person person, CancellationToken cancellationToken = default);
}

internal sealed class UpcomingDeadlines(IPlanningSnapshotLoader loader, IEnumerable<IDeadlineSource> sources, TimeProvider time) : IUpcomingDeadlines
{
    public async Task<IReadOnlyList<UpcomingDeadline>> ForAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var snapshot = await loader.LoadAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var units = person.SecretaryOf.ToHashSet(StringComparer.Ordinal);
        return [.. sources
            .SelectMany(s => s.Deadlines(snapshot))
            .Where(d => d.Due >= now && d.Missing.Count > 0 && (d.Recipients?.Contains(person.Id) ?? units.Contains(d.UnitId)))
            .OrderBy(d => d.Due)
            .Select(d => new UpcomingDeadline(d, snapshot.Unit(d.UnitId)?.Name ?? d.UnitId))];
    }
}
