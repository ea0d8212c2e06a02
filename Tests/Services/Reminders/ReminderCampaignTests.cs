using DualCreationBot.Services.Reminders;
using static DualCreationBot.Tests.Services.Reminders.ReminderScenario;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>The whole notice campaign, 2018-09-02 to 2020-09-30, swept hour by hour.</summary>
public sealed class ReminderCampaignTests
{
    private static readonly string[] Expected =
    [
        .. Keys("acceptance/2018/BR-EARLY/202005312359", ["d7", "d3", "d1", "d0"], "p-early-1", "p-early-2"),
        .. Keys("application/2018/BR-EXT/201809302359", ["d7", "d3"], "p-ext"),
        .. Keys("application/2018/BR-EXT/201810122359", ["d7", "d3", "d1"], "p-ext"),
        .. Keys("application/2018/BR-NEVER/201809302359", ["d7", "d3", "d1", "d0"], "p-never"),
        .. Keys("midterm/2018/BR-EARLY/201909302359", ["d7", "d3", "d1", "d0"], "p-early-1", "p-early-2"),
        .. Keys("rectification/2018/BR-RECT/201911152359", ["d7", "d3", "d1"], "p-rect"),
    ];

    [Fact]
    public void Sweep_OverTheWholeCampaign_SendsEachUnitExactlyWhatItStillOwes()
    {
        var sweep = RunCampaign();

        Assert.Equal(Expected.Order(StringComparer.Ordinal), sweep.SentKeys);
        Assert.DoesNotContain(sweep.Sent, s => s.Occurrence.Deadline.UnitId is "GB-WX" or "BR-ORPHAN");
    }

    [Fact]
    public void Sweep_SendsEachReminderWithinTheHourItIsPlanned_AtEightInTheMorning()
    {
        var sweep = RunCampaign();

        Assert.All(sweep.Sent, s => Assert.InRange(s.SentAt - s.Occurrence.SendAt, TimeSpan.Zero, TimeSpan.FromHours(1)));
        Assert.All(sweep.Sent, s => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromTimeSpan(s.Occurrence.SendAt.ToOffset(TimeSpan.FromHours(8)).TimeOfDay)));
    }

    [Fact]
    public void Extension_MovesTheApplicationRemindersToTheNewDueDate()
    {
        var sent = RunCampaign().Sent.Where(s => s.Occurrence.Deadline.UnitId == "BR-EXT").Select(s => s.Occurrence).ToList();

        Assert.Equal(
            [Beijing(2018, 9, 23, 8), Beijing(2018, 9, 27, 8), Beijing(2018, 10, 5, 8), Beijing(2018, 10, 9, 8), Beijing(2018, 10, 11, 8)],
            sent.Select(o => o.SendAt));
        Assert.Equal(BeijingEndOfDay(2018, 10, 12), sent[^1].Due);
        Assert.Equal(1, sent[^1].DaysLeft);
    }

    [Fact]
    public void Texts_SayWhatIsMissing_TheDueInstantInBeijingTime_AndTheDaysLeft()
    {
        var sent = InCulture("zh-CN", () => RunCampaign().Sent).ToDictionary(s => s.Occurrence.Key, s => s.Occurrence.Text, StringComparer.Ordinal);

        Assert.Equal(
            "【到期提醒】文学院教工第一党支部的中期评估材料将于 2019年9月30日 23:59（北京时间）截止，还剩 3 天。尚未提交：年度工作总结、成果报告。请在聊天中选择“提交成果”上传。",
            sent["midterm/2018/BR-EARLY/201909302359/d3/p-early-2"]);
        Assert.Equal(
            "【到期提醒】数学学院教工第一党支部的申报书将于 2018年9月30日 23:59（北京时间）截止，就在今天。尚未提交：申报书。请在聊天中选择“填写申报书”开始填写。",
            sent["application/2018/BR-NEVER/201809302359/d0/p-never"]);
        Assert.Equal(
            "【到期提醒】物理学院学生党支部的申报书将于 2018年10月12日 23:59（北京时间）截止，还剩 7 天。尚未提交：基本信息（联系电话、党员人数）、申报条件自查、工作基础与经验、两年建设规划、预期成果、经费预算、支撑材料。请在聊天中发送“继续填写”，完成后提交。",
            sent["application/2018/BR-EXT/201810122359/d7/p-ext"]);
        Assert.Equal(
            "【到期提醒】化学学院教工党支部的整改材料将于 2019年11月15日 23:59（北京时间）截止，还剩 1 天。尚未提交：整改材料。请在聊天中选择“提交成果”上传。",
            sent["rectification/2018/BR-RECT/201911152359/d1/p-rect"]);
    }

    [Fact]
    public void Texts_AreEnglish_UnderEnUs()
    {
        var sent = InCulture("en-US", () => RunCampaign().Sent).ToDictionary(s => s.Occurrence.Key, s => s.Occurrence.Text, StringComparer.Ordinal);

        Assert.Equal(
            "[Deadline reminder] Mid-term materials of 文学院教工第一党支部 due 2019-09-30 23:59 (Beijing time), 3 days left. Still missing: Annual work summary, Results report. In the chat, choose “Hand in deliverables” to upload them.",
            sent["midterm/2018/BR-EARLY/201909302359/d3/p-early-1"]);
        Assert.Equal(
            "[Deadline reminder] Application form of 数学学院教工第一党支部 due 2018-09-30 23:59 (Beijing time), 1 day left. Still missing: the application form. In the chat, choose “Fill in the application” to start.",
            sent["application/2018/BR-NEVER/201809302359/d1/p-never"]);
    }

    internal static SweepSimulator RunCampaign()
    {
        var sweep = new SweepSimulator(PlanningBenchmarkData.Planner(), At, Beijing(2018, 9, 2));
        sweep.RunUntil(Beijing(2020, 9, 30, 23), TimeSpan.FromHours(1));
        return sweep;
    }

    private static DateTimeOffset BeijingEndOfDay(int year, int month, int day) => new(year, month, day, 23, 59, 59, TimeSpan.FromHours(8));

    private static IEnumerable<string> Keys(string stem, string[] offsets, params string[] people) =>
        offsets.SelectMany(o => people.Select(p => $"{stem}/{o}/{p}"));
}
