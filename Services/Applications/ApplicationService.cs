using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Applications;

/// <summary>
/// Applications: drafts saved answer by answer, who may see and change what, and submission with
/// its rules (complete, within the window or an extension, and a 总支 only after two branches).
/// </summary>
public interface IApplicationService
{
    /// <summary>The projects <paramref name="person"/> may see in the current campaign, one per unit (drafts are created for their own units).</summary>
    Task<IReadOnlyList<ProjectOverview>> OverviewAsync(Person person, CancellationToken cancellationToken = default);

    /// <summary>The draft of the person's own unit, created on first use.</summary>
    Task<Project> OpenAsync(Person person, string unitId, CancellationToken cancellationToken = default);

    /// <summary>A project the person may see, or null.</summary>
    Task<Project?> GetAsync(Person person, string projectId, CancellationToken cancellationToken = default);

    Task<Project> ChangeAsync(Person person, string projectId, Action<Project> change, CancellationToken cancellationToken = default);

    Task<SubmitOutcome> SubmitAsync(Person person, string projectId, CancellationToken cancellationToken = default);

    /// <summary>An administrator's extension of the application deadline for one unit.</summary>
    Task<Project> ExtendAsync(Person administrator, string unitId, DateTimeOffset due, CancellationToken cancellationToken = default);

    Task<decimal> FundingPerYearAsync(ProjectType type, CancellationToken cancellationToken = default);
}

public enum SubmitResult
{
    Submitted,
    AlreadySubmitted,
    Incomplete,
    Closed,
    WaitingForBranches,
}

public sealed record SubmitOutcome(SubmitResult Result, Project Project, DateTimeOffset Due, IReadOnlyList<string> Missing, IReadOnlyList<ProjectOverview> Branches);

/// <summary>One unit's application as the status views show it.</summary>
public sealed record ProjectOverview(string ProjectId, string UnitId, string UnitName, UnitKind UnitKind, ProjectType Type, ProjectStatus? Status, IReadOnlyList<string> Missing, DateTimeOffset Due, DateTimeOffset? SubmittedAt, bool Own);

/// <summary>The person may not see or change this project.</summary>
public sealed class ProjectAccessException(string message) : Exception(message);

/// <summary>The project was submitted and can no longer be changed.</summary>
public sealed class ProjectSubmittedException(string message) : Exception(message);

internal sealed class ApplicationService(IDocumentStore store, IRosterService roster, ICampaignService campaigns, TimeProvider time) : IApplicationService
{
    private const int RequiredBranches = 2;

    public async Task<IReadOnlyList<ProjectOverview>> OverviewAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (units, campaign) = (await roster.CurrentAsync(cancellationToken).ConfigureAwait(false), await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false));
        var overviews = new List<ProjectOverview>();
        foreach (var unit in VisibleUnits(person, units))
        {
            var project = await store.GetAsync<Project>(Project.KeyFor(campaign.Id, unit.Id), cancellationToken).ConfigureAwait(false);
            overviews.Add(Overview(unit, project, campaign, person.SecretaryOf.Contains(unit.Id)));
        }

        return overviews;
    }

    public async Task<Project> OpenAsync(Person person, string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!person.SecretaryOf.Contains(unitId))
        {
            throw new ProjectAccessException($"{person.Id} is not secretary of {unitId}.");
        }

        var units = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var unit = units.Unit(unitId) ?? throw new ProjectAccessException($"No unit {unitId}.");
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return await store.UpdateAsync<Project>(
            Project.KeyFor(campaign.Id, unitId),
            existing => existing ?? NewProject(campaign, unit, units, now),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<Project?> GetAsync(Person person, string projectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var project = await store.GetAsync<Project>("projects/" + projectId, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return null;
        }

        var units = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return VisibleUnits(person, units).Any(u => u.Id == project.UnitId) ? project : null;
    }

    public async Task<Project> ChangeAsync(Person person, string projectId, Action<Project> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(change);
        return await store.UpdateAsync<Project>(
            "projects/" + projectId,
            project =>
            {
                if (project is null || !person.SecretaryOf.Contains(project.UnitId))
                {
                    throw new ProjectAccessException($"{person.Id} may not change {projectId}.");
                }

                if (project.Status == ProjectStatus.Submitted)
                {
                    throw new ProjectSubmittedException($"{projectId} was submitted.");
                }

                change(project);
                project.UpdatedAt = time.GetUtcNow();
                return project;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<SubmitOutcome> SubmitAsync(Person person, string projectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var project = await GetAsync(person, projectId, cancellationToken).ConfigureAwait(false);
        if (project is null || !person.SecretaryOf.Contains(project.UnitId))
        {
            throw new ProjectAccessException($"{person.Id} may not submit {projectId}.");
        }

        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var due = DueFor(project, campaign);
        if (project.Status == ProjectStatus.Submitted)
        {
            return new(SubmitResult.AlreadySubmitted, project, due, [], []);
        }

        var form = ApplicationForms.For(project.Type);
        var funding = Funding(campaign, project.Type);
        var missing = ApplicationProgress.Missing(form, project).Concat(ApplicationRules.BudgetProblems(form, project, funding)).ToList();
        if (missing.Count > 0)
        {
            return new(SubmitResult.Incomplete, project, due, missing, []);
        }

        if (time.GetUtcNow() > due)
        {
            return new(SubmitResult.Closed, project, due, [], []);
        }

        if (project.Type == ProjectType.BenchmarkCollege)
        {
            var branches = await BranchesAsync(project.UnitId, campaign, cancellationToken).ConfigureAwait(false);
            if (branches.Count(b => b.Status == ProjectStatus.Submitted) < RequiredBranches)
            {
                return new(SubmitResult.WaitingForBranches, project, due, [], branches);
            }
        }

        var submitted = await store.UpdateAsync<Project>(
            Project.KeyFor(project.CampaignId, project.UnitId),
            current =>
            {
                // A second submit racing this one finds it submitted and changes nothing.
                if (current!.Status != ProjectStatus.Submitted)
                {
                    current.Status = ProjectStatus.Submitted;
                    current.SubmittedAt = time.GetUtcNow();
                    current.SubmittedBy = person.Id;
                }

                return current;
            },
            cancellationToken).ConfigureAwait(false);
        return new(SubmitResult.Submitted, submitted, due, [], []);
    }

    public async Task<Project> ExtendAsync(Person administrator, string unitId, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        if (!administrator.IsAdministrator)
        {
            throw new ProjectAccessException($"{administrator.Id} is not an administrator.");
        }

        var units = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var unit = units.Unit(unitId) ?? throw new ProjectAccessException($"No unit {unitId}.");
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return await store.UpdateAsync<Project>(
            Project.KeyFor(campaign.Id, unitId),
            existing =>
            {
                var project = existing ?? NewProject(campaign, unit, units, now);
                project.ExtendedDue = due;
                project.UpdatedAt = now;
                return project;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<decimal> FundingPerYearAsync(ProjectType type, CancellationToken cancellationToken = default) =>
        Funding(await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false), type);

    private static Project NewProject(Campaign campaign, Unit unit, RosterData units, DateTimeOffset now) => new()
    {
        Id = campaign.Id + "/" + unit.Id,
        CampaignId = campaign.Id,
        UnitId = unit.Id,
        UnitName = unit.Name,
        ParentUnitName = unit.ParentId is null ? null : units.Unit(unit.ParentId)?.Name,
        Type = TypeFor(unit.Kind),
        CreatedAt = now,
        UpdatedAt = now,
    };

    internal static ProjectType TypeFor(UnitKind kind) => kind == UnitKind.GeneralBranch ? ProjectType.BenchmarkCollege : ProjectType.ModelBranch;

    private static decimal Funding(Campaign campaign, ProjectType type) =>
        type == ProjectType.BenchmarkCollege ? campaign.BenchmarkCollegeFundingPerYear : campaign.ModelBranchFundingPerYear;

    private static DateTimeOffset DueFor(Project? project, Campaign campaign) =>
        project?.ExtendedDue ?? campaign.Stage(StageKind.Application).Due!.Value;

    /// <summary>A secretary sees their own units, a 总支 secretary also its branches, a branch secretary also its 总支; reviewers and administrators see all.</summary>
    private static IEnumerable<Unit> VisibleUnits(Person person, RosterData units)
    {
        if (person.Has(Role.Administrator) || person.Has(Role.Reviewer))
        {
            return units.Units;
        }

        var own = person.SecretaryOf.Select(units.Unit).OfType<Unit>().ToList();
        var related = own.SelectMany(u => u.Kind == UnitKind.GeneralBranch
            ? units.BranchesOf(u.Id)
            : u.ParentId is null ? [] : units.Unit(u.ParentId) is { } parent ? [parent] : []);
        return own.Concat(related).DistinctBy(u => u.Id);
    }

    private static ProjectOverview Overview(Unit unit, Project? project, Campaign campaign, bool own)
    {
        var type = TypeFor(unit.Kind);
        var missing = project is null ? [] : ApplicationProgress.Missing(ApplicationForms.For(type), project);
        return new(campaign.Id + "/" + unit.Id, unit.Id, unit.Name, unit.Kind, type, project?.Status, missing, DueFor(project, campaign), project?.SubmittedAt, own);
    }

    private async Task<List<ProjectOverview>> BranchesAsync(string generalBranchId, Campaign campaign, CancellationToken cancellationToken)
    {
        var units = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var branches = new List<ProjectOverview>();
        foreach (var branch in units.BranchesOf(generalBranchId))
        {
            var project = await store.GetAsync<Project>(Project.KeyFor(campaign.Id, branch.Id), cancellationToken).ConfigureAwait(false);
            branches.Add(Overview(branch, project, campaign, own: false));
        }

        return branches;
    }
}
