using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Reminders;
using static DualCreationBot.Tests.Services.Reminders.ReminderScenario;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>Plan over a range, the catch-up rule after an outage, and nothing after a deadline.</summary>
public sealed class ReminderPlannerTests
{
    /// <summary>BR-EARLY as it stands all through 2019: submitted, no mid-term materials.</summary>
    private static PlanningSnapshot EarlyUnitOwesMidTerm() => new(
        Campaign,
        ReminderScenario.Roster,
        new Dictionary<string, Project>(StringComparer.Ordinal) { ["BR-EARLY"] = NewProject("BR-EARLY", ProjectStatus.Submitted) },
        new Dictionary<string, DeliverableRecord>(StringComparer.Ordinal));

    [Fact]
    public void Plan_OverTheCampaignBeforeAnyoneStarts_GivesEverySecretarysUnitTheApplicationReminders()
    {
        var snapshot = new PlanningSnapshot(Campaign, ReminderScenario.Roster, new Dictionary<string, Project>(), new Dictionary<string, DeliverableRecord>());

        var planned = PlanningBenchmarkData.Planner().Plan(snapshot, Beijing(2018, 9, 2), Beijing(2020, 9, 30));

        var units = new[] { "BR-EARLY", "BR-EXT", "BR-NEVER", "BR-RECT", "GB-WX" };
        Assert.Equal(units.Length * 4 + 4, planned.Count);
        Assert.Equal(units, planned.Select(o => o.Deadline.UnitId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(planned, o => Assert.Equal("application", o.Deadline.Kind));
    }

    [Fact]
    public void Plan_ReturnsOnlyInstantsInTheHalfOpenRange()
    {
        var planner = PlanningBenchmarkData.Planner();

        var planned = planner.Plan(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 23, 8), Beijing(2019, 9, 29, 8));

        Assert.Equal(
            ["midterm/2018/BR-EARLY/201909302359/d3/p-early-1", "midterm/2018/BR-EARLY/201909302359/d3/p-early-2", "midterm/2018/BR-EARLY/201909302359/d1/p-early-1", "midterm/2018/BR-EARLY/201909302359/d1/p-early-2"],
            planned.Select(o => o.Key));
    }

    [Fact]
    public void Sends_SevenThreeAndOneDaysBefore_AndOnTheMorning()
    {
        var planned = PlanningBenchmarkData.Planner().Plan(EarlyUnitOwesMidTerm(), Beijing(2019, 1, 1), Beijing(2019, 12, 31)).Where(o => o.PersonId == "p-early-1");

        Assert.Equal(
            [(7, Beijing(2019, 9, 23, 8), 7), (3, Beijing(2019, 9, 27, 8), 3), (1, Beijing(2019, 9, 29, 8), 1), (0, Beijing(2019, 9, 30, 8), 0)],
            planned.Select(o => (o.OffsetDays, o.SendAt, o.DaysLeft)));
    }

    [Fact]
    public void AfterAnOutageSpanningTheSevenAndThreeDayReminders_OnlyTheThreeDayOneIsSent_CountingTheDaysReallyLeft()
    {
        var sweep = new SweepSimulator(PlanningBenchmarkData.Planner(), _ => EarlyUnitOwesMidTerm(), Beijing(2019, 9, 20));

        sweep.RunUntil(Beijing(2019, 10, 2), TimeSpan.FromMinutes(30), down: now => now > Beijing(2019, 9, 22, 12) && now < Beijing(2019, 9, 28, 9));

        Assert.Equal(["d3", "d1", "d0"], sweep.Sent.Where(s => s.Occurrence.PersonId == "p-early-1").Select(s => "d" + s.Occurrence.OffsetDays));
        Assert.Equal(Beijing(2019, 9, 28, 9), sweep.Sent[0].SentAt);
        Assert.Equal(2, sweep.Sent[0].Occurrence.DaysLeft);
        Assert.Contains("还剩 2 天", InCulture("zh-CN", () => PlanningBenchmarkData.Planner().Due(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 28, 9), null))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterAThreeDayOutage_OnlyTheLatestStillRelevantReminderIsSent()
    {
        var sweep = new SweepSimulator(PlanningBenchmarkData.Planner(), _ => EarlyUnitOwesMidTerm(), Beijing(2019, 9, 20));

        sweep.RunUntil(Beijing(2019, 10, 2), TimeSpan.FromMinutes(30), down: now => now > Beijing(2019, 9, 26, 12) && now < Beijing(2019, 9, 29, 12));

        Assert.Equal(["d7", "d1", "d0"], sweep.Sent.Where(s => s.Occurrence.PersonId == "p-early-2").Select(s => "d" + s.Occurrence.OffsetDays));
    }

    [Fact]
    public void AnOutageUntilAfterTheDeadline_SendsNothingForIt()
    {
        var sweep = new SweepSimulator(PlanningBenchmarkData.Planner(), _ => EarlyUnitOwesMidTerm(), Beijing(2019, 9, 20));

        sweep.RunUntil(Beijing(2019, 10, 5), TimeSpan.FromMinutes(30), down: now => now > Beijing(2019, 9, 26, 12) && now < Beijing(2019, 10, 1, 0, 30));

        Assert.Equal(["d7"], sweep.Sent.Where(s => s.Occurrence.PersonId == "p-early-1").Select(s => "d" + s.Occurrence.OffsetDays));
    }

    [Fact]
    public void Due_WithoutALastSweep_ReturnsTheLatestRelevantOne_AndNothingOnceTheDeadlinePassed()
    {
        var planner = PlanningBenchmarkData.Planner();

        Assert.Equal(["d1", "d1"], planner.Due(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 29, 20), null).Select(o => "d" + o.OffsetDays));
        Assert.Equal(["d0", "d0"], planner.Due(EarlyUnitOwesMidTerm(), new DateTimeOffset(2019, 9, 30, 23, 59, 59, TimeSpan.FromHours(8)), null).Select(o => "d" + o.OffsetDays));
        Assert.Empty(planner.Due(EarlyUnitOwesMidTerm(), Beijing(2019, 10, 1), null));
        Assert.Empty(planner.Due(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 22, 23), null));
    }

    [Fact]
    public void Due_SkipsWhatTheLastSweepAlreadyHandled()
    {
        var planner = PlanningBenchmarkData.Planner();

        Assert.Empty(planner.Due(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 23, 9), lastSweep: Beijing(2019, 9, 23, 8)));
        Assert.Equal(2, planner.Due(EarlyUnitOwesMidTerm(), Beijing(2019, 9, 23, 8, 1), lastSweep: Beijing(2019, 9, 23, 7, 59)).Count);
    }

    [Fact]
    public void AUnitThatHandedEverythingIn_GetsNone()
    {
        var record = new DeliverableRecord { ProjectId = "2018/BR-EARLY" };
        HandIn(record, MidTerm);
        HandIn(record, Final);
        var snapshot = new PlanningSnapshot(
            Campaign,
            ReminderScenario.Roster,
            new Dictionary<string, Project>(StringComparer.Ordinal) { ["BR-EARLY"] = NewProject("BR-EARLY", ProjectStatus.Submitted) },
            new Dictionary<string, DeliverableRecord>(StringComparer.Ordinal) { ["BR-EARLY"] = record });

        Assert.DoesNotContain(PlanningBenchmarkData.Planner().Plan(snapshot, Beijing(2018, 1, 1), Beijing(2021, 1, 1)), o => o.Deadline.UnitId == "BR-EARLY");
    }
}
