using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Tests.Services.Campaigns;

public sealed class CampaignScheduleTests
{
    [Fact]
    public void FromTheNoticesStart_ReproducesTheNotice()
    {
        var derived = CampaignSchedule.FromStart(new DateOnly(2018, 9, 2));

        Assert.Equal(NoticeCampaign.Default.Stages, derived.Stages);
        Assert.Equal(new DateTimeOffset(2018, 9, 30, 23, 59, 59, TimeSpan.FromHours(8)), derived.Stage(StageKind.Application).Due);
        Assert.Equal(new DateTimeOffset(2019, 9, 30, 23, 59, 59, TimeSpan.FromHours(8)), derived.Stage(StageKind.MidTerm).Due);
        Assert.Equal(new DateTimeOffset(2020, 5, 31, 23, 59, 59, TimeSpan.FromHours(8)), derived.Stage(StageKind.Acceptance).Due);
    }

    [Fact]
    public void ANewStart_KeepsTheNoticesIntervals()
    {
        var cycle = CampaignSchedule.FromStart(new DateOnly(2026, 11, 29));

        Assert.Equal("20261129", cycle.Id);
        Assert.Equal(new DateOnly(2026, 12, 27), cycle.Stage(StageKind.Application).Ends);
        Assert.Equal(new DateTimeOffset(2026, 12, 27, 23, 59, 59, TimeSpan.FromHours(8)), cycle.Stage(StageKind.Application).Due);
        Assert.Equal(new DateTimeOffset(2027, 12, 27, 23, 59, 59, TimeSpan.FromHours(8)), cycle.Stage(StageKind.MidTerm).Due);
        Assert.Equal(5, cycle.BenchmarkCollegeQuota);
        Assert.Equal(20, cycle.ModelBranchQuota);
        Assert.Equal(10_000m, cycle.BenchmarkCollegeFundingPerYear);
    }

    [Fact]
    public void ExplicitDueDates_ReplaceTheDerivedOnes()
    {
        var cycle = CampaignSchedule.FromStart(new DateOnly(2026, 11, 29), new CampaignSchedule.DueDates(FinalDue: new DateOnly(2028, 6, 15)));

        Assert.Equal(new DateTimeOffset(2028, 6, 15, 23, 59, 59, TimeSpan.FromHours(8)), cycle.Stage(StageKind.Acceptance).Due);
        Assert.Equal(new DateTimeOffset(2026, 12, 27, 23, 59, 59, TimeSpan.FromHours(8)), cycle.Stage(StageKind.Application).Due);
    }
}
