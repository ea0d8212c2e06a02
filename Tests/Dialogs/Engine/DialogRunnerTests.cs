using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Menu;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Engine;

/// <summary>Interruptions, persistence across restarts and stale stacks, through the real SDK pipeline.</summary>
public sealed class DialogRunnerTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Help_ExplainsTheCurrentQuestion_AndAsksItAgain()
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("文学院");
        var reply = Assert.Single(await bot.SendAsync("帮助"));
        Assert.Equal(Strings.HelpNumber + "\n" + Strings.HelpGeneral + "\n\n" + ProbeDialog.AskNumber, reply.Text);
        Assert.Equal("number=40", (await bot.SendAsync("40"))[0].Text);
    }

    [Fact]
    public async Task Cancel_DropsTheFlow_AndStartsOver()
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("文学院");
        Assert.Equal([Strings.Cancelled, ProbeDialog.AskText], Texts(await bot.SendAsync("取消")));
        Assert.Equal("text=外语学院", (await bot.SendAsync("外语学院"))[0].Text);
    }

    [Fact]
    public async Task Menu_WorksAtAnyPrompt()
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("文学院");
        await bot.SendAsync("30");
        Assert.Equal([ProbeDialog.AskText], Texts(await bot.SendAsync("菜单")));
        await bot.SendAsync("文学院");
        Assert.Equal([ProbeDialog.AskText], Texts(await bot.SendAsync("返回")));
    }

    [Fact]
    public async Task Resumes_AfterARestart_WhereTheUserLeftOff()
    {
        await using (var before = Probe())
        {
            await before.SendAsync("开始");
            await before.SendAsync("文学院党总支");
            await before.SendAsync("30");
        }

        await using var after = Probe();
        Assert.Equal(["choice=college", ProbeDialog.AskConfirm], Texts(await after.SendAsync("1")));
        await after.SendAsync("是");
        await after.SendAsync("2019-09-30");
        Assert.EndsWith("unit=文学院党总支", (await after.SendAsync(WithFiles("a.pdf")))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleStack_RestartsCleanly_WithAnApology()
    {
        await using (var before = Probe())
        {
            await before.SendAsync("开始");
            await before.SendAsync("文学院");
        }

        // A deploy changed the probe's steps: its stored frame no longer matches the code.
        await using var after = Probe(new ProbeDialog(extraSteps: 1));
        Assert.Equal([Strings.StaleStack, ProbeDialog.AskText], Texts(await after.SendAsync("30")));
        Assert.Equal("text=外语学院", (await after.SendAsync("外语学院"))[0].Text);
    }

    [Fact]
    public async Task StaleStack_OfAnUnknownDialog_RestartsCleanly()
    {
        await using (var before = Probe())
        {
            await before.SendAsync("开始");
        }

        await using var after = BotHarness.Create(data.Path);
        var replies = Texts(await after.SendAsync("随便说点什么"));
        Assert.Equal(Strings.StaleStack, replies[0]);
        Assert.StartsWith(Strings.MenuPrompt, replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Greets_OnConversationUpdate_ThenShowsTheMenu()
    {
        await using var bot = BotHarness.Create(data.Path);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount("user1", "用户")],
        };
        var replies = await bot.SendAsync(update);
        Assert.Equal(Strings.Greeting + "\n" + Strings.HelpGeneral, replies[0].Text);
        Assert.Equal(Strings.MenuPrompt, replies[1].Text);
        Assert.Equal(
            [Strings.MenuMyApplications, Strings.MenuDocument, Strings.MenuProgress, Strings.MenuFetch, Strings.MenuSchedule, Strings.MenuConditions, Strings.MenuContact],
            replies[1].SuggestedActions.Actions.Select(a => a.Title));

        // Already greeted: the next message is an answer to the menu.
        Assert.Equal(Strings.Contact, (await bot.SendAsync("7"))[0].Text);
    }

    [Fact]
    public async Task Greets_OnTheFirstMessage_Once()
    {
        await using var bot = BotHarness.Create(data.Path, channelId: "wecom");
        var first = Texts(await bot.SendAsync("在吗"));
        Assert.Equal(Strings.Greeting + "\n" + Strings.HelpGeneral, first[0]);
        Assert.StartsWith(Strings.MenuPrompt + "\n1. " + Strings.MenuMyApplications, first[1], StringComparison.Ordinal);
        Assert.Equal(Strings.Contact, (await bot.SendAsync("联系我们"))[0].Text);
    }

    [Fact]
    public async Task Menu_OffersOnlyRegisteredFeatures()
    {
        await using var bot = BotHarness.Create(data.Path);
        var person = (await bot.Get<DualCreationBot.Services.Roster.IRosterService>().CurrentAsync()).Person("P-REV")!;
        var features = bot.Services.GetServices<MenuFeature>().Where(f => f.IsFor(person)).Select(f => f.DialogId).ToList();
        var dialogs = bot.Get<DialogSet>();
        Assert.All(features, id => Assert.NotNull(dialogs.Find(id)));
        var menu = (await bot.SendAsync("你好"))[1];
        Assert.Equal(features.Count, menu.SuggestedActions.Actions.Count);
    }

    private BotHarness Probe(ProbeDialog? probe = null) =>
        BotHarness.Create(
            data.Path,
            rootDialogId: nameof(ProbeDialog),
            configure: s => s.AddSingleton<Dialog>(probe ?? new ProbeDialog()));
}
