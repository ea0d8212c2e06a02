using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Roster;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Reminders;

/// <summary>Deadlines in the chat, and administrators' announcements through the real adapter to a fake connector.</summary>
public sealed class ReminderDialogsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2018, 9, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly TempFolder data = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task Deadlines_ShowWhatIsDueAndMissing()
    {
        await using var branch = BotHarness.Create(data.Path, time, user: "demo-br-wx-1", conversation: "deadlines");
        await branch.SendAsync("你好");
        await branch.SendAsync("填写申报书");
        await branch.SendAsync("王晓燕");

        var text = (await branch.SendAsync("截止日期"))[0].Text;

        Assert.StartsWith(Strings.DeadlinesIntro, text, StringComparison.Ordinal);
        Assert.Contains("（文学院教工第一党支部）：2018年9月30日 23:59（北京时间）截止，还剩 3 天", text, StringComparison.Ordinal);
        Assert.Contains("联系电话", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announcement_ToOneGeneralBranch_ReachesItsSecretaries_AndReportsWhoWasMissed()
    {
        await using var admin = BotHarness.Create(data.Path, time, user: "demo-admin", conversation: "announce");
        var roster = await admin.Get<IRosterService>().CurrentAsync();
        await RememberAtConnectorAsync(admin, roster.Person("P-GB-WX")!);
        await RememberAtConnectorAsync(admin, roster.Person("P-BR-WX-1")!);
        await RememberAtConnectorAsync(admin, roster.Person("P-BR-WX-2")!);
        connector.Block("P-BR-WX-2");

        await admin.SendAsync("你好");
        await admin.SendAsync("发送通知");
        await admin.SendAsync("某党总支及其所属支部");
        await admin.SendAsync("文学院党总支");
        var confirm = (await admin.SendAsync("请于周五前提交申报书纸质版。"))[0].Text;
        Assert.StartsWith("将向 4 人发送以下通知：\n【党委组织部通知】请于周五前提交申报书纸质版。", confirm, StringComparison.Ordinal);

        var report = (await admin.SendAsync("是"))[0].Text;

        Assert.Equal("通知已发送：2 人收到。\n以下人员未能送达：赵明远（已移除或屏蔽本助手）、陈思雨（尚未使用过本助手）", report);
        Assert.Equal(["P-BR-WX-1", "P-GB-WX"], connector.Received.Select(r => r.Conversation).Order());
        Assert.All(connector.Received, r => Assert.Equal("【党委组织部通知】请于周五前提交申报书纸质版。", r.Text));

        var unreachable = (await admin.SendAsync("未送达名单"))[0].Text;
        Assert.Contains("赵明远（已移除或屏蔽本助手）", unreachable, StringComparison.Ordinal);
    }

    private async Task RememberAtConnectorAsync(BotHarness bot, Person person)
    {
        await bot.Get<IContactBook>().RememberAsync(person.Id, Channels.WebChat, person.Id + "-web", connector.ReferenceJson(person.Id, person.Id));
    }
}
