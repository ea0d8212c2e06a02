using System.Globalization;
using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Reminders;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>
/// Five units through the notice's campaign, as the store would hold them at any instant:
/// BR-NEVER never starts; BR-EARLY (two secretaries) submits early and hands in nothing;
/// GB-WX hands in everything on time; BR-EXT gets an extension to 2018-10-12 on 09-28 and submits
/// on 10-11; BR-RECT fails the mid-term (rectification due 2019-11-15, set 10-25) and hands the
/// rectification in on 11-14. BR-ORPHAN has no secretary and is never reminded.
/// </summary>
internal static class ReminderScenario
{
    public static readonly Campaign Campaign = NoticeCampaign.Default;

    public static readonly RosterData Roster = new(
        [
            new("GB-WX", "文学院党总支", UnitKind.GeneralBranch, null),
            new("BR-EARLY", "文学院教工第一党支部", UnitKind.Branch, "GB-WX"),
            new("BR-NEVER", "数学学院教工第一党支部", UnitKind.Branch, null),
            new("BR-EXT", "物理学院学生党支部", UnitKind.Branch, null),
            new("BR-RECT", "化学学院教工党支部", UnitKind.Branch, null),
            new("BR-ORPHAN", "外语学院学生党支部", UnitKind.Branch, null),
        ],
        [
            Secretary("p-wx", "GB-WX", Role.GeneralBranchSecretary),
            Secretary("p-early-1", "BR-EARLY"),
            Secretary("p-early-2", "BR-EARLY"),
            Secretary("p-never", "BR-NEVER"),
            Secretary("p-ext", "BR-EXT"),
            Secretary("p-rect", "BR-RECT"),
            new("p-admin", "管理员", [new RoleAssignment(Role.Administrator, null)], []),
        ]);

    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>The state of every unit at <paramref name="now"/>.</summary>
    public static PlanningSnapshot At(DateTimeOffset now)
    {
        var projects = new Dictionary<string, Project>(StringComparer.Ordinal);
        var records = new Dictionary<string, DeliverableRecord>(StringComparer.Ordinal);
        void Unit(string unitId, DateTimeOffset? started, DateTimeOffset? submitted, params (DateTimeOffset At, string[] Items)[] handedIn)
        {
            if (started is null || now < started)
            {
                return;
            }

            var project = NewProject(unitId);
            project.Status = submitted is { } s && now >= s ? ProjectStatus.Submitted : ProjectStatus.Draft;
            projects[unitId] = project;
            var record = new DeliverableRecord { ProjectId = project.Id };
            foreach (var (at, items) in handedIn.Where(h => now >= h.At))
            {
                HandIn(record, items);
            }

            records[unitId] = record;
        }

        Unit("BR-EARLY", Beijing(2018, 9, 3, 9), Beijing(2018, 9, 5, 10));
        Unit("GB-WX", Beijing(2018, 9, 3, 9), Beijing(2018, 9, 10, 10), (Beijing(2019, 9, 1, 10), MidTerm), (Beijing(2020, 5, 1, 10), Final));
        Unit("BR-EXT", Beijing(2018, 9, 10, 9), Beijing(2018, 10, 11, 10), (Beijing(2019, 9, 1, 10), MidTerm), (Beijing(2020, 5, 1, 10), Final));
        Unit("BR-RECT", Beijing(2018, 9, 3, 9), Beijing(2018, 9, 15, 10), (Beijing(2019, 9, 20, 10), MidTerm), (Beijing(2019, 11, 14, 10), ["rectification-report"]), (Beijing(2020, 5, 20, 10), Final));
        if (projects.TryGetValue("BR-EXT", out var extended))
        {
            extended.Answer("basic.secretary", JsonValue.Create("王五"));
            extended.ExtendedDue = now >= Beijing(2018, 9, 28, 12) ? BeijingTime.EndOfDay(new(2018, 10, 12)) : null;
        }

        if (projects.TryGetValue("BR-RECT", out var failed) && now >= Beijing(2019, 10, 25, 12))
        {
            failed.RectificationDue = BeijingTime.EndOfDay(new(2019, 11, 15));
        }

        return new(Campaign, Roster, projects, records);
    }

    public static readonly string[] MidTerm = ["midterm-summary", "midterm-report"];

    public static readonly string[] Final = [.. Checklist.Items.Where(i => i.Stage == DeliveryStage.Acceptance).Select(i => i.Id)];

    public static Project NewProject(string unitId, ProjectStatus status = ProjectStatus.Draft) => new()
    {
        Id = Campaign.Id + "/" + unitId,
        CampaignId = Campaign.Id,
        UnitId = unitId,
        UnitName = Roster.Unit(unitId)!.Name,
        Type = Roster.Unit(unitId)!.Kind == UnitKind.GeneralBranch ? ProjectType.BenchmarkCollege : ProjectType.ModelBranch,
        Status = status,
    };

    public static void HandIn(DeliverableRecord record, IEnumerable<string> itemIds)
    {
        foreach (var id in itemIds)
        {
            record.Items[id] = [new(1, "files/" + id, id + ".pdf", 10, "ab", "application/pdf", "p", Beijing(2019, 1, 1), false, id)];
        }
    }

    /// <summary>Runs <paramref name="body"/> with the UI culture set, as a turn or a sweep would.</summary>
    public static T InCulture<T>(string culture, Func<T> body)
    {
        var previous = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return body();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = previous;
        }
    }

    private static Person Secretary(string id, string unitId, Role role = Role.BranchSecretary) =>
        new(id, id, [new RoleAssignment(role, unitId)], []);
}
