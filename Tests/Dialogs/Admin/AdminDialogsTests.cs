using System.Text;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Roster;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Admin;

/// <summary>Administrators keep the roster and the campaign in the chat; others do not see these features.</summary>
public sealed class AdminDialogsTests : IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero));
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task OpensANewCycle_StartingToday_WithTheNoticesIntervals()
    {
        await using var admin = As("demo-admin");
        await admin.SendAsync("你好");
        Assert.Equal(Strings.OpenCycleAskStart, (await admin.SendAsync("开启新周期"))[0].Text);

        var preview = (await admin.SendAsync("2026-11-29"))[0].Text;
        Assert.Contains("申报认定：2026年11月29日 — 2026年12月27日", preview, StringComparison.Ordinal);
        Assert.Contains("2026年12月27日 23:59", preview, StringComparison.Ordinal);

        Assert.StartsWith("新周期（20261129）已开启。", (await admin.SendAsync("是"))[0].Text, StringComparison.Ordinal);
        var campaign = await admin.Get<ICampaignService>().CurrentAsync();
        Assert.Equal(new DateTimeOffset(2026, 12, 27, 23, 59, 59, TimeSpan.FromHours(8)), campaign.Stage(StageKind.Application).Due);

        // Secretaries now apply in the new cycle, with its deadline.
        await using var branch = As("demo-br-wx-1");
        await branch.SendAsync("你好");
        await branch.SendAsync("填写申报书");
        await branch.SendAsync("王晓燕");
        var status = (await branch.SendAsync("我的申报"))[0].Text;
        Assert.Contains("申报截止：2026年12月27日 23:59（北京时间），还剩 28 天", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpensANewCycle_WithExplicitDueDates()
    {
        await using var admin = As("demo-admin");
        await admin.SendAsync("你好");
        await admin.SendAsync("开启新周期");
        await admin.SendAsync("2026-12-01");
        Assert.Equal("请输入“申报认定”的材料截止日期：", (await admin.SendAsync("否"))[0].Text);
        await admin.SendAsync("2026年12月31日");
        await admin.SendAsync("2027-12-20");
        await admin.SendAsync("2028-06-10");

        var campaign = await admin.Get<ICampaignService>().CurrentAsync();
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)), campaign.Stage(StageKind.Application).Due);
        Assert.Equal(new DateTimeOffset(2028, 6, 10, 23, 59, 59, TimeSpan.FromHours(8)), campaign.Stage(StageKind.Acceptance).Due);
    }

    [Fact]
    public async Task ImportsARosterFile_UploadedInTheChat()
    {
        await using var admin = As("demo-admin");
        await admin.SendAsync("你好");
        Assert.Equal(Strings.ImportAsk, (await admin.SendAsync("导入名单"))[0].Text);

        var roster = await admin.Get<IRosterService>().CurrentAsync();
        var grown = roster with
        {
            Units = [.. roster.Units, new Unit("BR-WX-4", "文学院退休教工党支部", UnitKind.Branch, "GB-WX")],
            People = [.. roster.People, new Person("P-BR-WX-4", "刘青", [new RoleAssignment(Role.BranchSecretary, "BR-WX-4")], [new DualCreationBot.Services.Roster.ChannelAccount(Channels.WebChat, "demo-br-wx-4")])],
        };
        using var csv = new MemoryStream();
        RosterFileWriter.WriteCsv(grown, csv);

        var done = (await admin.SendAsync(Upload("名单.csv", csv.ToArray())))[0].Text;

        Assert.Equal(Strings.Format(nameof(Strings.ImportDone), roster.Units.Count + 1, roster.People.Count + 1), done);
        await using var newcomer = As("demo-br-wx-4");
        Assert.StartsWith(Strings.Greeting, (await newcomer.SendAsync("你好"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesARosterWithProblems_AndKeepsTheOldOne()
    {
        await using var admin = As("demo-admin");
        await admin.SendAsync("你好");
        await admin.SendAsync("导入名单");
        var before = await admin.Get<IRosterService>().CurrentAsync();

        var reply = (await admin.SendAsync(Upload("名单.csv", Encoding.UTF8.GetBytes("单位编号,单位名称,单位类型,上级单位编号,人员编号,姓名,角色\nX,某支部,党支部,,P1,某人,主任\n"))))[0].Text;

        Assert.StartsWith("名单文件有以下问题，没有导入：", reply, StringComparison.Ordinal);
        Assert.Contains("第 2 行", reply, StringComparison.Ordinal);
        Assert.Equal(before.People.Count, (await admin.Get<IRosterService>().CurrentAsync()).People.Count);
    }

    [Fact]
    public async Task Secretaries_DoNotSeeAdministratorFeatures()
    {
        await using var branch = As("demo-br-wx-1");
        var menu = (await branch.SendAsync("你好"))[1];
        var titles = menu.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains(Strings.MenuApplication, titles);
        Assert.DoesNotContain(Strings.MenuImportRoster, titles);
        Assert.DoesNotContain(Strings.MenuOpenCycle, titles);

        // Typing an administrator's feature name does not start it either.
        Assert.StartsWith(Strings.ChoiceInvalid, (await branch.SendAsync(Strings.MenuOpenCycle))[0].Text, StringComparison.Ordinal);

        await using var admin = As("demo-admin");
        var adminMenu = (await admin.SendAsync("你好"))[1].SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains(Strings.MenuOpenCycle, adminMenu);
        Assert.DoesNotContain(Strings.MenuApplication, adminMenu);
    }

    private BotHarness As(string user) => BotHarness.Create(data.Path, time, user: user, conversation: "admin-tests-" + user);

    private static Activity Upload(string name, byte[] content) => new()
    {
        Type = ActivityTypes.Message,
        Text = string.Empty,
        Attachments = [new Attachment("text/csv", "data:text/csv;base64," + Convert.ToBase64String(content), name: name)],
    };
}
