using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Programme;

/// <summary>The menu's features, with the notice's dates and a fake clock.</summary>
public sealed class ProgrammeDialogsTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Schedule_ShowsDueInstantsInBeijingTime_WithDaysLeftAndTheCurrentStage()
    {
        // 2019-09-27 10:00 in Beijing: building stage, mid-term materials due in 3 days.
        var time = new FakeTimeProvider(new DateTimeOffset(2019, 9, 27, 2, 0, 0, TimeSpan.Zero));
        await using var bot = BotHarness.Create(data.Path, time, channelId: "wecom");
        await bot.SendAsync("你好");

        var replies = Texts(await bot.SendAsync("日程安排"));

        Assert.Equal(
            "新时代党建“双创”工作（2018—2020年周期）共四个阶段：\n" +
            "1. 申报认定：2018年9月2日 至 2018年9月30日\n" +
            "　　材料截止：2018年9月30日 23:59（北京时间），已截止\n" +
            "2. 创建达标：2018年10月1日 至 2019年9月30日（当前阶段）\n" +
            "3. 中期评估：2019年10月1日 至 2019年10月31日\n" +
            "　　材料截止：2019年9月30日 23:59（北京时间），还剩 3 天\n" +
            "4. 巩固验收：2019年10月1日 至 2020年9月30日\n" +
            "　　材料截止：2020年5月31日 23:59（北京时间），还剩 247 天",
            replies[0]);
        Assert.StartsWith(Strings.ScheduleAskDetail + "\n1. 申报认定", replies[1], StringComparison.Ordinal);

        Assert.Equal(Strings.StageDetailAcceptance, (await bot.SendAsync("巩固验收"))[0].Text);
    }

    [Fact]
    public async Task Schedule_SaysDueToday_OnTheLastDay()
    {
        // 2019-09-30 23:00 Beijing is 15:00 UTC: still the due day in Beijing.
        var time = new FakeTimeProvider(new DateTimeOffset(2019, 9, 30, 15, 0, 0, TimeSpan.Zero));
        await using var bot = BotHarness.Create(data.Path, time);
        await bot.SendAsync("你好");
        Assert.Contains("2019年9月30日 23:59（北京时间），今天截止", (await bot.SendAsync("日程安排"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_BackReturnsToTheMenu()
    {
        await using var bot = BotHarness.Create(data.Path);
        await bot.SendAsync("你好");
        await bot.SendAsync("日程");
        Assert.Equal([Strings.MenuPrompt], Texts(await bot.SendAsync("返回主菜单")));
    }

    [Theory]
    [InlineData("样板支部", "ConditionsModelBranch", "5,000")]
    [InlineData("1", "ConditionsBenchmarkCollege", "10,000")]
    public async Task Conditions_ShowNoticeSectionTwo_WithFunding(string answer, string text, string funding)
    {
        await using var bot = BotHarness.Create(data.Path);
        await bot.SendAsync("你好");
        Assert.Equal(Strings.ConditionsAsk, (await bot.SendAsync("申报条件"))[0].Text);

        var replies = Texts(await bot.SendAsync(answer));

        Assert.Equal(Strings.Format(text, funding), replies[0]);
        Assert.Equal("首批共培育创建 5 个标杆学院、20 个样板支部。每个党总支须申报1个标杆学院项目，并须有2个以上所属党支部申报样板支部项目。", replies[1]);
        Assert.Equal(Strings.MenuPrompt, replies[2]);
    }

    [Fact]
    public async Task Contact_GivesTheOfficeOfTheNotice()
    {
        await using var bot = BotHarness.Create(data.Path);
        await bot.SendAsync("你好");
        var reply = (await bot.SendAsync("联系我们"))[0].Text;
        Assert.Contains("行政楼A203", reply, StringComparison.Ordinal);
        Assert.Contains("3985533", reply, StringComparison.Ordinal);
        Assert.Contains("jzxyzzb2016@163.com", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Features_SpeakEnglish_WhenAsked()
    {
        await using var bot = BotHarness.Create(data.Path, locale: "en-US");
        await bot.SendAsync("hello");
        var replies = Texts(await bot.SendAsync("contact"));
        Assert.StartsWith("Organization Department", replies[0], StringComparison.Ordinal);
        Assert.Equal("What would you like to do?", replies[1]);
    }
}
