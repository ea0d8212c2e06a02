using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Services.Reminders;

/// <summary>
/// Everything planning reads, loaded once per sweep, with the roster indexed once so that sources
/// and the planner look units, secretaries and projects up in constant time (100,000 units stay linear).
/// Projects and deliverable records are keyed by unit id.
/// </summary>
public sealed class PlanningSnapshot
{
    private readonly Dictionary<string, Unit> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> secretaries = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<Type, object> extras;

    public PlanningSnapshot(
        Campaign campaign,
        RosterData roster,
        IReadOnlyDictionary<string, Project> projects,
        IReadOnlyDictionary<string, DeliverableRecord> deliverables,
        IReadOnlyDictionary<Type, object>? extras = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        (Campaign, Roster, Projects, Deliverables) = (campaign, roster, projects, deliverables);
        this.extras = extras ?? new Dictionary<Type, object>();
        foreach (var unit in roster.Units)
        {
            units.TryAdd(unit.Id, unit);
        }

        foreach (var person in roster.People)
        {
            foreach (var unitId in person.SecretaryOf.Distinct(StringComparer.Ordinal))
            {
                if (!secretaries.TryGetValue(unitId, out var ids))
                {
                    secretaries[unitId] = ids = [];
                }

                ids.Add(person.Id);
            }
        }

        SecretaryUnits = [.. units.Values.Where(u => secretaries.ContainsKey(u.Id))];
    }

    public Campaign Campaign { get; }

    public RosterData Roster { get; }

    public IReadOnlyDictionary<string, Project> Projects { get; }

    public IReadOnlyDictionary<string, DeliverableRecord> Deliverables { get; }

    /// <summary>The units on the roster that have at least one secretary, in roster order: the units reminders go to.</summary>
    public IReadOnlyList<Unit> SecretaryUnits { get; }

    public Unit? Unit(string unitId) => units.GetValueOrDefault(unitId);

    /// <summary>Ids of the unit's secretaries.</summary>
    public IReadOnlyList<string> SecretariesOf(string unitId) => secretaries.TryGetValue(unitId, out var ids) ? ids : [];

    public Project? ProjectOf(string unitId) => Projects.GetValueOrDefault(unitId);

    public DeliverableRecord? DeliverablesOf(string unitId) => Deliverables.GetValueOrDefault(unitId);

    /// <summary>Data an <see cref="IPlanningDataLoader"/> added for its own source, by the data's type.</summary>
    public T? Extra<T>()
        where T : class => extras.GetValueOrDefault(typeof(T)) as T;

    /// <summary>This snapshot with one more piece of extra data.</summary>
    public PlanningSnapshot WithExtra(object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var more = new Dictionary<Type, object>(extras) { [data.GetType()] = data };
        return new(Campaign, Roster, Projects, Deliverables, more);
    }
}
