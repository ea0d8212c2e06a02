using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DualCreationBot.Dialogs.Application;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Roster;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Application;

/// <summary>Secretaries fill in and submit 申报书 through the real SDK pipeline, in Chinese.</summary>
public sealed class ApplicationDialogTests : IDisposable
{
    private const string BranchSecretary = "demo-br-wx-1";
    private const string SecondBranchSecretary = "demo-br-wx-2";
    private const string CollegeSecretary = "demo-gb-wx";
    private const string OtherCollegeBranchSecretary = "demo-br-sx-1";

    // 2018-09-20 10:00 in Beijing: the application window of the notice is open.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2018, 9, 20, 2, 0, 0, TimeSpan.Zero));
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task BranchSecretary_CompletesAndSubmits_AndGetsThe申报书()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");

        var review = ApplicationScript.AllText(await ApplicationScript.FillAsync(bot, college: false));
        Assert.Contains(Strings.ReviewIntro, review, StringComparison.Ordinal);
        Assert.Contains("党员人数：35", review, StringComparison.Ordinal);

        var submitted = (await bot.SendAsync("提交申报"))[0];

        Assert.StartsWith("申报已于 2018年9月20日 10:00 提交，电子版申报书已收到（见附件）。请将申报书打印一式两份，于 2018年9月30日 23:59（北京时间）前送至行政楼A203党委组织部。", submitted.Text, StringComparison.Ordinal);
        var text = DocumentText(Assert.Single(submitted.Attachments));
        foreach (var answer in ApplicationScript.Basic.Concat(ApplicationScript.BranchEligibility).Concat(ApplicationScript.Rest).Where(a => a.Length > 3 && a != "3000元"))
        {
            Assert.Contains(answer, text, StringComparison.Ordinal);
        }

        Assert.Contains("文学院教工第一党支部", text, StringComparison.Ordinal);
        Assert.Contains("2018年9月20日", text, StringComparison.Ordinal);
        Assert.Contains(ApplicationScript.SupportingFile, text, StringComparison.Ordinal);
        Assert.Contains("3000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmittingTwice_IsHarmless()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");
        var first = await ApplicationScript.SubmitAsync(bot, college: false);

        var again = (await bot.SendAsync("继续填写"))[0];

        Assert.StartsWith("该申报已于 2018年9月20日 10:00 提交，无需重复提交。", again.Text, StringComparison.Ordinal);
        Assert.Single(again.Attachments);
        Assert.Single(first.Attachments);
    }

    [Fact]
    public async Task GeneralBranch_IsBlockedUntilTwoBranchesSubmitted_ThenSubmits()
    {
        await using var college = As(CollegeSecretary);
        await college.SendAsync("你好");
        var blocked = await ApplicationScript.SubmitAsync(college, college: true);
        Assert.StartsWith("按通知要求，党总支须有 2 个以上所属党支部提交", blocked.Text, StringComparison.Ordinal);
        Assert.Contains("· 文学院教工第一党支部：未开始", blocked.Text, StringComparison.Ordinal);

        await using (var branch = As(BranchSecretary, "branch-1"))
        {
            await branch.SendAsync("你好");
            await ApplicationScript.SubmitAsync(branch, college: false);
        }

        await college.SendAsync("继续填写");
        var stillBlocked = (await college.SendAsync("提交申报"))[0];
        Assert.Contains("· 文学院教工第一党支部：已于 2018年9月20日 10:00 提交", stillBlocked.Text, StringComparison.Ordinal);

        await using (var branch = As(SecondBranchSecretary, "branch-2"))
        {
            await branch.SendAsync("你好");
            await ApplicationScript.SubmitAsync(branch, college: false);
        }

        // The branch secretary sees the parent's progress too.
        await using (var branch = As(BranchSecretary, "branch-1b"))
        {
            await branch.SendAsync("你好");
            var status = (await branch.SendAsync("我的申报"))[0].Text;
            Assert.Contains("文学院党总支｜党建工作标杆学院｜已填完，待提交", status, StringComparison.Ordinal);
        }

        await college.SendAsync("继续填写");
        var submitted = (await college.SendAsync("提交申报"))[0];
        Assert.StartsWith("申报已于", submitted.Text, StringComparison.Ordinal);
        Assert.Single(submitted.Attachments);

        var overview = Texts(await college.SendAsync("我的申报"))[0];
        Assert.Contains("文学院党总支｜党建工作标杆学院｜已于 2018年9月20日 10:00 提交", overview, StringComparison.Ordinal);
        Assert.Contains("文学院教工第二党支部｜党建工作样板支部｜已于", overview, StringComparison.Ordinal);
        Assert.Contains("文学院学生党支部｜党建工作样板支部｜未开始", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAnswers_AreExplained_AndAskedAgain()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");
        await bot.SendAsync("填写申报书");
        await bot.SendAsync("王晓燕");

        Assert.Equal(["电话号码格式不对，请输入 7 到 20 位数字（可含区号和“-”）。", "联系电话"], Texts(await bot.SendAsync("打电话")));
        await bot.SendAsync("0354-3985533");
        Assert.Equal(["请填写整数。", "党员人数"], Texts(await bot.SendAsync("3.5")));
        Assert.Equal(["请填写 1 到 5000 之间的数字。", "党员人数"], Texts(await bot.SendAsync("0")));
        await bot.SendAsync("35");
        await bot.SendAsync("是");
        await bot.SendAsync("成绩优异");
        await bot.SendAsync("是");
        await bot.SendAsync("无");
        Assert.Equal(["表彰和“好”等次至少要填写一项。", "述职评议考核获得“好”等次的年份（没有请填“无”）"], Texts(await bot.SendAsync("没有")));
    }

    [Fact]
    public async Task BudgetOverTheFunding_IsRefused_WithTheTotals()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");
        await bot.SendAsync("填写申报书");
        foreach (var answer in ApplicationScript.Basic.Concat(ApplicationScript.BranchEligibility).Concat(ApplicationScript.Rest.Take(14)))
        {
            await bot.SendAsync(answer);
        }

        await bot.SendAsync("第一年");
        await bot.SendAsync("学习资料");
        await bot.SendAsync("3000");
        await bot.SendAsync("购买资料");
        await bot.SendAsync("是");
        await bot.SendAsync("1");
        await bot.SendAsync("外出学习");

        var replies = Texts(await bot.SendAsync("2500"));

        Assert.Equal("第一年预算合计 5,500 元，超过了每年 5,000 元的支持经费。", replies[0]);
        Assert.StartsWith("金额（元）（预算项 第 2 项）", replies[1], StringComparison.Ordinal);
        Assert.StartsWith("用途说明", (await bot.SendAsync("2000"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HardCondition_No_StopsWithTheReason_AndCanBeChanged()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");
        await bot.SendAsync("填写申报书");
        foreach (var answer in ApplicationScript.Basic)
        {
            await bot.SendAsync(answer);
        }

        var stop = Texts(await bot.SendAsync("否"));
        Assert.StartsWith("您对这一条件的回答是“否”。根据通知第二部分（二）第1项", stop[0], StringComparison.Ordinal);
        Assert.StartsWith(Strings.HardStopChange, stop[1], StringComparison.Ordinal);

        Assert.Equal(Strings.HardStopEnded, (await bot.SendAsync("否"))[0].Text);

        // Later: the stop is explained again, and the answer can be changed.
        var again = Texts(await bot.SendAsync("继续填写"));
        Assert.StartsWith("您对这一条件的回答是“否”。", again[1], StringComparison.Ordinal);
        Assert.StartsWith("条件一：", (await bot.SendAsync("是"))[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("请简述条件一", (await bot.SendAsync("是"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interruptions_MidForm_KeepEveryAnswer()
    {
        await using var bot = As(BranchSecretary);
        await bot.SendAsync("你好");
        await bot.SendAsync("填写申报书");
        await bot.SendAsync("王晓燕");

        var help = Assert.Single(await bot.SendAsync("帮助"));
        Assert.StartsWith(Strings.HelpText + "\n" + Strings.HelpGeneral + "\n\n联系电话", help.Text, StringComparison.Ordinal);

        Assert.StartsWith(Strings.MenuPrompt, (await bot.SendAsync("菜单"))[0].Text, StringComparison.Ordinal);
        var resumed = Texts(await bot.SendAsync("继续填写"));
        Assert.Equal(["继续填写文学院教工第一党支部的《党建工作样板支部申报书》。", "【基本信息】", "联系电话"], resumed);

        Assert.Equal([Strings.Cancelled, Strings.MenuPrompt], Texts(await bot.SendAsync("取消")).Select(t => t.Split('\n')[0]));
        Assert.Equal("联系电话", Texts(await bot.SendAsync("继续填写"))[^1]);
    }

    [Fact]
    public async Task LeavesAndResumes_AfterARestart_InANewConversation()
    {
        await using (var before = As(BranchSecretary, "monday"))
        {
            await before.SendAsync("你好");
            await before.SendAsync("填写申报书");
            foreach (var answer in ApplicationScript.Basic.Concat(ApplicationScript.BranchEligibility.Take(4)))
            {
                await before.SendAsync(answer);
            }
        }

        await using var after = As(BranchSecretary, "thursday");
        await after.SendAsync("你好");
        var resumed = Texts(await after.SendAsync("继续填写"));

        Assert.Equal("继续填写文学院教工第一党支部的《党建工作样板支部申报书》。", resumed[0]);
        Assert.Equal("述职评议考核获得“好”等次的年份（没有请填“无”）", resumed[^1]);
    }

    [Fact]
    public async Task LateSubmission_IsRefused_ThenAcceptedAfterAnExtension()
    {
        await using var branch = As(BranchSecretary);
        await branch.SendAsync("你好");
        await ApplicationScript.FillAsync(branch, college: false);
        time.SetUtcNow(new DateTimeOffset(2018, 10, 8, 1, 0, 0, TimeSpan.Zero));

        var refused = (await branch.SendAsync("提交申报"))[0];
        Assert.Equal("申报已于 2018年9月30日 23:59（北京时间）截止，不能再提交。如有特殊情况，请联系党委组织部申请延期（行政楼A203，电话 3985533）。", refused.Text);
        Assert.Null(refused.Attachments?.FirstOrDefault());

        await using (var admin = As("demo-admin", "admin"))
        {
            await admin.SendAsync("你好");
            Assert.Equal(Strings.ExtendAskUnit, (await admin.SendAsync("延长申报截止"))[0].Text);
            await admin.SendAsync("文学院教工第一党支部");
            Assert.Equal("已将 文学院教工第一党支部 的申报截止时间延长至 2018年10月12日 23:59（北京时间）。", (await admin.SendAsync("2018年10月12日"))[0].Text);
        }

        await branch.SendAsync("继续填写");
        var accepted = (await branch.SendAsync("提交申报"))[0];
        Assert.StartsWith("申报已于 2018年10月8日 09:00 提交", accepted.Text, StringComparison.Ordinal);
        Assert.Contains("于 2018年10月12日 23:59（北京时间）前送至行政楼A203", accepted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_CannotSeeAnotherUnitsProject()
    {
        await using (var branch = As(BranchSecretary))
        {
            await branch.SendAsync("你好");
            await branch.SendAsync("填写申报书");
            await branch.SendAsync("王晓燕");
        }

        await using var other = As(OtherCollegeBranchSecretary, "other");
        await other.SendAsync("你好");
        var overview = (await other.SendAsync("我的申报"))[0].Text;
        Assert.DoesNotContain("文学院", overview, StringComparison.Ordinal);
        Assert.Contains("数学学院", overview, StringComparison.Ordinal);

        var applications = other.Get<IApplicationService>();
        var person = (await other.Get<IRosterService>().CurrentAsync()).People.Single(p => p.Accounts.Any(a => a.AccountId == OtherCollegeBranchSecretary));
        Assert.Null(await applications.GetAsync(person, "2018/BR-WX-1"));
        await Assert.ThrowsAsync<ProjectAccessException>(() => applications.ChangeAsync(person, "2018/BR-WX-1", p => p.Answers.Clear()));
        await Assert.ThrowsAsync<ProjectAccessException>(() => applications.SubmitAsync(person, "2018/BR-WX-1"));
    }

    [Fact]
    public async Task UnknownAccount_IsRefusedPolitely_ThenBindsWithACode()
    {
        await using var stranger = As("new-teacher-42", "stranger");
        var refused = Assert.Single(await stranger.SendAsync("你好"));
        Assert.Equal(Strings.Format(nameof(Strings.UnknownAccount), "new-teacher-42"), refused.Text);
        Assert.Contains("行政楼A203", refused.Text, StringComparison.Ordinal);
        Assert.Single(await stranger.SendAsync("填写申报书"));

        string code;
        await using (var admin = As("demo-admin", "admin"))
        {
            await admin.SendAsync("你好");
            await admin.SendAsync("生成绑定码");
            var issued = (await admin.SendAsync("陈思雨"))[0].Text;
            Assert.StartsWith("已为 陈思雨 生成绑定码：", issued, StringComparison.Ordinal);
            code = issued.Split('：')[1][..8];
        }

        Assert.Equal([Strings.BindFailed], Texts(await stranger.SendAsync("绑定 ABCD2345")));
        var bound = Texts(await stranger.SendAsync("绑定 " + code));
        Assert.Equal("绑定成功，陈思雨，欢迎使用！", bound[0]);
        Assert.StartsWith(Strings.Greeting, bound[1], StringComparison.Ordinal);
        Assert.Contains("文学院学生党支部", Texts(await stranger.SendAsync("我的申报"))[0], StringComparison.Ordinal);

        await using var another = As("someone-else", "another");
        Assert.Equal([Strings.BindFailed], Texts(await another.SendAsync("绑定 " + code)));
    }

    [Fact]
    public async Task CardSubmission_SavesTheSection_AndContinues()
    {
        await using var bot = As(BranchSecretary, channel: "webchat");
        await bot.SendAsync("你好");
        var start = await bot.SendAsync("填写申报书");
        var card = start.Single(r => r.Attachments?.Count > 0).Attachments[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);

        var submit = new Activity
        {
            Type = ActivityTypes.Message,
            Value = new Newtonsoft.Json.Linq.JObject
            {
                ["dialog"] = nameof(ApplicationDialog),
                ["cardSection"] = "basic",
                ["project"] = "2018/BR-WX-1",
                ["basic.secretary"] = "王晓燕",
                ["basic.phone"] = "not a phone",
                ["basic.members"] = "35",
            },
        };
        var replies = Texts(await bot.SendAsync(submit));

        Assert.StartsWith("卡片中的 2 项内容已保存。", replies[0], StringComparison.Ordinal);
        Assert.Contains("「联系电话」", replies[0], StringComparison.Ordinal);
        Assert.Equal("联系电话", replies[^1]);
        Assert.StartsWith("条件一", (await bot.SendAsync("0354-3985533"))[^1].Text, StringComparison.Ordinal);
    }

    private BotHarness As(string user, string conversation = "conversation-1", string channel = "test") =>
        BotHarness.Create(data.Path, time, channelId: channel, user: user, conversation: conversation + "-" + user);

    private static string DocumentText(Attachment attachment)
    {
        Assert.Equal(ApplicationReplies.WordContentType, attachment.ContentType);
        var bytes = Convert.FromBase64String(attachment.ContentUrl[(attachment.ContentUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            text.AppendLine(paragraph.InnerText);
        }

        return text.ToString();
    }
}

/// <summary>Channels that do not show a bot's file attachments (WeCom, Teams) get the 申报书 as a signed download link.</summary>
public sealed class ApplicationDocumentLinkTests : IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2018, 9, 20, 2, 0, 0, TimeSpan.Zero));
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task OnWeCom_TheSubmitted申报书_IsALinkToAValidDocument()
    {
        // 王晓燕's WeCom userid in the sample roster.
        await using var bot = BotHarness.Create(data.Path, time, channelId: "wecom", user: "wangxiaoyan");
        await bot.SendAsync("你好");

        var submitted = await ApplicationScript.SubmitAsync(bot, college: false);

        Assert.Empty(submitted.Attachments ?? []);
        var link = new Uri(submitted.Text.Split('\n')[^1].Split('：', 2)[1]);
        var path = bot.Get<DualCreationBot.Services.Files.IFileLinks>().Resolve(link.Segments[^2].TrimEnd('/'));
        await using var stream = await bot.Get<DualCreationBot.Services.Storage.IFileStore>().OpenReadAsync(path!);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        copy.Position = 0;
        using var document = WordprocessingDocument.Open(copy, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        Assert.Contains("文学院教工第一党支部", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }
}
