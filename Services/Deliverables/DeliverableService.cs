using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Deliverables;

public enum ItemState
{
    Missing,
    Done,
    Late,
}

/// <summary>One checklist item of one project: its state, latest version or link, and its window.</summary>
public sealed record ItemProgress(ChecklistItem Item, ItemState State, DeliverableVersion? Latest, PlatformLink? Link, DeliveryWindow Window);

/// <summary>A project's deliverables, stage by stage.</summary>
public sealed record ProjectDeliverables(string ProjectId, string UnitId, string UnitName, bool Own, IReadOnlyList<ItemProgress> Items);

public enum DeliveryRefusal
{
    None,

    /// <summary>The stage's window has closed.</summary>
    Closed,

    /// <summary>The project has not been submitted, so it has nothing to deliver yet.</summary>
    NotInProgramme,

    /// <summary>The item does not apply to the project (e.g. rectification without a failed mid-term).</summary>
    NotApplicable,
}

/// <summary>An upload or link attempt: refused before anything was read, or the pipeline's outcome.</summary>
public sealed record DeliveryOutcome(DeliveryRefusal Refusal, UploadOutcome? Upload, DeliveryWindow? Window, bool Late);

/// <summary>Checklists, uploads and links of deliverables, with the window rules and who may see what.</summary>
public interface IDeliverableService
{
    /// <summary>Every project the person may see that is in the programme, with its checklist progress.</summary>
    Task<IReadOnlyList<ProjectDeliverables>> ProgressAsync(Person person, CancellationToken cancellationToken = default);

    Task<DeliveryOutcome> UploadAsync(Person person, string projectId, string itemId, string activityKey, IncomingFile file, CancellationToken cancellationToken = default);

    Task<DeliveryOutcome> LinkAsync(Person person, string projectId, string itemId, string name, Uri url, CancellationToken cancellationToken = default);

    /// <summary>A stored version (the latest when <paramref name="version"/> is null) for reviewers and administrators, or null.</summary>
    Task<DeliverableVersion?> FindAsync(Person person, string projectId, string itemId, int? version, CancellationToken cancellationToken = default);
}

internal sealed class DeliverableService(
    IDocumentStore store,
    IApplicationService applications,
    ICampaignService campaigns,
    IUploadPipeline pipeline,
    TimeProvider time) : IDeliverableService
{
    public async Task<IReadOnlyList<ProjectDeliverables>> ProgressAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ProjectDeliverables>();
        foreach (var overview in await applications.OverviewAsync(person, cancellationToken).ConfigureAwait(false))
        {
            var project = overview.Status == ProjectStatus.Submitted ? await applications.GetAsync(person, overview.ProjectId, cancellationToken).ConfigureAwait(false) : null;
            if (project is not null)
            {
                var record = await RecordAsync(project, cancellationToken).ConfigureAwait(false);
                result.Add(new(project.Id, project.UnitId, project.UnitName, overview.Own, [.. Checklist.For(project).Select(i => Progress(campaign, project, record, i))]));
            }
        }

        return result;
    }

    public async Task<DeliveryOutcome> UploadAsync(Person person, string projectId, string itemId, string activityKey, IncomingFile file, CancellationToken cancellationToken = default)
    {
        var (project, item, window, refusal) = await CheckAsync(person, projectId, itemId, ItemKind.File, cancellationToken).ConfigureAwait(false);
        if (refusal != DeliveryRefusal.None)
        {
            return new(refusal, null, window, false);
        }

        var late = time.GetUtcNow() > window!.Due;
        var request = new UploadRequest(project!.CampaignId, project.UnitId, project.Id, item!.Id, person.Id, activityKey, file, item.Accepts, late);
        return new(DeliveryRefusal.None, await pipeline.UploadAsync(request, cancellationToken).ConfigureAwait(false), window, late);
    }

    public async Task<DeliveryOutcome> LinkAsync(Person person, string projectId, string itemId, string name, Uri url, CancellationToken cancellationToken = default)
    {
        var (project, item, window, refusal) = await CheckAsync(person, projectId, itemId, ItemKind.Link, cancellationToken).ConfigureAwait(false);
        if (refusal != DeliveryRefusal.None)
        {
            return new(refusal, null, window, false);
        }

        var now = time.GetUtcNow();
        var late = now > window!.Due;
        await store.UpdateAsync<DeliverableRecord>(
            DeliverableRecord.KeyFor(project!.CampaignId, project.UnitId),
            record =>
            {
                record ??= new DeliverableRecord { ProjectId = project.Id };
                record.Links[item!.Id] = new PlatformLink(name, url, person.Id, now, late);
                return record;
            },
            cancellationToken).ConfigureAwait(false);
        return new(DeliveryRefusal.None, null, window, late);
    }

    public async Task<DeliverableVersion?> FindAsync(Person person, string projectId, string itemId, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var project = await applications.GetAsync(person, projectId, cancellationToken).ConfigureAwait(false);
        if (project is null || !(person.Has(Role.Reviewer) || person.Has(Role.Administrator) || person.SecretaryOf.Contains(project.UnitId)))
        {
            return null;
        }

        var versions = (await RecordAsync(project, cancellationToken).ConfigureAwait(false)).Versions(itemId);
        return version is null ? (versions.Count > 0 ? versions[^1] : null) : versions.FirstOrDefault(v => v.Version == version);
    }

    private async Task<(Project? Project, ChecklistItem? Item, DeliveryWindow? Window, DeliveryRefusal Refusal)> CheckAsync(
        Person person, string projectId, string itemId, ItemKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var project = await applications.GetAsync(person, projectId, cancellationToken).ConfigureAwait(false);
        if (project is null || !person.SecretaryOf.Contains(project.UnitId))
        {
            throw new ProjectAccessException($"{person.Id} may not deliver for {projectId}.");
        }

        if (project.Status != ProjectStatus.Submitted)
        {
            return (project, null, null, DeliveryRefusal.NotInProgramme);
        }

        var item = Checklist.For(project).FirstOrDefault(i => i.Id == itemId && i.Kind == kind);
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var window = item is null ? null : Checklist.Window(campaign, project, item.Stage);
        if (item is null || window is null)
        {
            return (project, item, window, DeliveryRefusal.NotApplicable);
        }

        return time.GetUtcNow() > window.Closes ? (project, item, window, DeliveryRefusal.Closed) : (project, item, window, DeliveryRefusal.None);
    }

    private async Task<DeliverableRecord> RecordAsync(Project project, CancellationToken cancellationToken) =>
        await store.GetAsync<DeliverableRecord>(DeliverableRecord.KeyFor(project.CampaignId, project.UnitId), cancellationToken).ConfigureAwait(false)
        ?? new DeliverableRecord { ProjectId = project.Id };

    private static ItemProgress Progress(Campaign campaign, Project project, DeliverableRecord record, ChecklistItem item)
    {
        var window = Checklist.Window(campaign, project, item.Stage)!;
        var versions = record.Versions(item.Id);
        var latest = versions.Count > 0 ? versions[^1] : null;
        var link = record.Links.GetValueOrDefault(item.Id);
        var late = latest?.Late ?? link?.Late ?? false;
        var state = latest is null && link is null ? ItemState.Missing : late ? ItemState.Late : ItemState.Done;
        return new(item, state, latest, link, window);
    }
}
