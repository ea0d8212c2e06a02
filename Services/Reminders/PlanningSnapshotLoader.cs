using System.Collections.Concurrent;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Reminders;

/// <summary>Reads one <see cref="PlanningSnapshot"/> per sweep.</summary>
public interface IPlanningSnapshotLoader
{
    Task<PlanningSnapshot> LoadAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Loads extra data a new kind of deadline needs (reviews, 公示 windows, …) into the snapshot;
/// its source reads it back with <see cref="PlanningSnapshot.Extra{T}"/>. Registered beside the source.
/// </summary>
public interface IPlanningDataLoader
{
    Task<object> LoadAsync(PlanningSnapshot snapshot, CancellationToken cancellationToken);
}

internal sealed class PlanningSnapshotLoader(
    IDocumentStore store,
    IRosterService roster,
    ICampaignService campaigns,
    IEnumerable<IPlanningDataLoader> extraLoaders) : IPlanningSnapshotLoader
{
    // The store has no listing and each read is a round trip: a few in flight hide the latency without swamping it.
    private const int ReadsInFlight = 8;

    public async Task<PlanningSnapshot> LoadAsync(CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var people = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var unitIds = people.People.SelectMany(p => p.SecretaryOf).Distinct(StringComparer.Ordinal).ToList();
        var projects = new ConcurrentDictionary<string, Project>(StringComparer.Ordinal);
        var records = new ConcurrentDictionary<string, DeliverableRecord>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(unitIds, parallel, async (unitId, token) =>
        {
            var project = await store.GetAsync<Project>(Project.KeyFor(campaign.Id, unitId), token).ConfigureAwait(false);
            if (project is null)
            {
                return;
            }

            projects[unitId] = project;

            // Only projects in the programme hand in deliverables; skipping the others halves the reads in stage 1.
            if (project.Status == ProjectStatus.Submitted
                && await store.GetAsync<DeliverableRecord>(DeliverableRecord.KeyFor(campaign.Id, unitId), token).ConfigureAwait(false) is { } record)
            {
                records[unitId] = record;
            }
        }).ConfigureAwait(false);

        var snapshot = new PlanningSnapshot(campaign, people, projects, records);
        foreach (var loader in extraLoaders)
        {
            snapshot = snapshot.WithExtra(await loader.LoadAsync(snapshot, cancellationToken).ConfigureAwait(false));
        }

        return snapshot;
    }
}
