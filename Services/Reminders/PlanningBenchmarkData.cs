using System.Globalization;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Roster;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Reminders;

/// <summary>Synthetic planning input for timing the planner (Benchmarks project); not used by the bot.</summary>
public static class PlanningBenchmarkData
{
    /// <summary>A planner with the default sources and <paramref name="options"/> (defaults when null).</summary>
    public static IReminderPlanner Planner(ReminderOptions? options = null) => new ReminderPlanner(
        [new ApplicationDeadlines(), new DeliverableDeadlines(DeliveryStage.MidTerm), new DeliverableDeadlines(DeliveryStage.Acceptance), new DeliverableDeadlines(DeliveryStage.Rectification)],
        Options.Create(options ?? new ReminderOptions()));

    /// <summary>
    /// <paramref name="units"/> units of the notice's campaign: a 党总支 with 9 党支部 per ten, one secretary
    /// each, and projects cycling through the states a sweep meets (none, draft, submitted with nothing,
    /// part or all of the deliverables handed in, a failed mid-term with a rectification deadline, an extension).
    /// </summary>
    public static PlanningSnapshot SyntheticSnapshot(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        var campaign = NoticeCampaign.Default;
        var unitList = new List<Unit>(units);
        var people = new List<Person>(units);
        var projects = new Dictionary<string, Project>(StringComparer.Ordinal);
        var records = new Dictionary<string, DeliverableRecord>(StringComparer.Ordinal);
        for (var i = 0; i < units; i++)
        {
            var isGeneral = i % 10 == 0;
            var id = "U" + i.ToString(CultureInfo.InvariantCulture);
            var unit = new Unit(id, (isGeneral ? "党总支" : "党支部") + id, isGeneral ? UnitKind.GeneralBranch : UnitKind.Branch, isGeneral ? null : "U" + (i - (i % 10)).ToString(CultureInfo.InvariantCulture));
            unitList.Add(unit);
            var role = isGeneral ? Role.GeneralBranchSecretary : Role.BranchSecretary;
            people.Add(new("P" + id, "书记" + id, [new RoleAssignment(role, id)], []));
            if (State(i, unit, campaign) is { } state)
            {
                projects[id] = state.Project;
                if (state.Record is not null)
                {
                    records[id] = state.Record;
                }
            }
        }

        return new(campaign, new RosterData(unitList, people), projects, records);
    }

    private static (Project Project, DeliverableRecord? Record)? State(int index, Unit unit, Campaign campaign)
    {
        var project = new Project
        {
            Id = campaign.Id + "/" + unit.Id,
            CampaignId = campaign.Id,
            UnitId = unit.Id,
            UnitName = unit.Name,
            Type = unit.Kind == UnitKind.GeneralBranch ? ProjectType.BenchmarkCollege : ProjectType.ModelBranch,
            Status = ProjectStatus.Submitted,
        };
        var record = new DeliverableRecord { ProjectId = project.Id };
        switch (index % 7)
        {
            case 0:
                return null;
            case 1:
                project.Status = ProjectStatus.Draft;
                project.Answer("basic.secretary", JsonValue.Create("书记"));
                break;
            case 2:
                project.Status = ProjectStatus.Draft;
                project.ExtendedDue = BeijingTime.EndOfDay(new(2018, 10, 12));
                break;
            case 3:
                return (project, null);
            case 4:
                HandIn(record, "midterm-summary", "midterm-report");
                break;
            case 5:
                HandIn(record, "midterm-summary", "midterm-report");
                project.RectificationDue = BeijingTime.EndOfDay(new(2019, 11, 15));
                break;
            default:
                HandIn(record, [.. Checklist.Items.Where(i => i.Stage != DeliveryStage.Rectification).Select(i => i.Id)]);
                break;
        }

        return (project, record);
    }

    private static void HandIn(DeliverableRecord record, params string[] itemIds)
    {
        foreach (var id in itemIds)
        {
            record.Items[id] = [new(1, "files/" + id, id + ".docx", 1, "00", "application/msword", "P", DateTimeOffset.UnixEpoch, false, id)];
        }
    }
}
