using System.Security.Cryptography;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Storage;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static DualCreationBot.Tests.Dialogs.Engine.PromptTests;

namespace DualCreationBot.Tests.Dialogs.Deliverables;

/// <summary>
/// Secretaries hand in deliverables through the real SDK pipeline, with files served by a real HTTP
/// server on loopback; run on each storage backend.
/// </summary>
public abstract class DeliverableDialogContract : IAsyncLifetime
{
    protected const string Branch = "demo-br-wx-1";
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n年度工作总结\n"u8, .. Enumerable.Range(0, 3000).Select(i => (byte)(i % 251))];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[500]];
    private static readonly byte[] Mp4 = [0, 0, 0, 0x18, .. "ftypisom"u8, .. new byte[2000]];

    private readonly LoopbackFileServer files = new();

    // 2019-09-20 10:00 Beijing: building stage, mid-term materials due in 10 days.
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2019, 9, 20, 2, 0, 0, TimeSpan.Zero));

    protected TempFolder Data { get; } = new();

    public async Task InitializeAsync() => await files.InitializeAsync();

    public async Task DisposeAsync()
    {
        await files.DisposeAsync();
        Data.Dispose();
    }

    [Fact]
    public async Task FullMidTermSubmission_IsReflectedInTheChecklist()
    {
        await using var bot = await SecretaryAsync();
        Assert.StartsWith(Strings.UploadChooseItem, (await bot.SendAsync("提交成果"))[0].Text, StringComparison.Ordinal);
        await bot.SendAsync("年度工作总结");
        var replies = Texts(await bot.SendAsync(File("2019年度工作总结.pdf", Pdf)));
        Assert.Equal(
            $"已收到“年度工作总结”：2019年度工作总结.pdf，3 KB，SHA-256 {Sha(Pdf)[..12]}…，第 1 版，2019年9月20日 10:00（北京时间）。",
            replies[0]);
        Assert.StartsWith(Strings.UploadMore, replies[1], StringComparison.Ordinal);

        Assert.StartsWith(Strings.UploadChooseItem, (await bot.SendAsync(Yes()))[0].Text, StringComparison.Ordinal);
        await bot.SendAsync("成果报告");
        await bot.SendAsync(File("成果报告.pdf", Pdf));
        await bot.SendAsync("否");

        var progress = (await bot.SendAsync("查看进度"))[0].Text;
        Assert.Contains("中期评估材料（截止 2019年9月30日 23:59，还剩 10 天）", progress, StringComparison.Ordinal);
        Assert.Contains("✓ 年度工作总结：已提交（第 1 版，2019年9月20日 10:00）", progress, StringComparison.Ordinal);
        Assert.Contains("✓ 成果报告：已提交（第 1 版，2019年9月20日 10:00）", progress, StringComparison.Ordinal);
        Assert.Contains("✗ 工作总结报告：未提交", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullAcceptanceSubmission_WithTheFourOnes()
    {
        Time.SetUtcNow(new DateTimeOffset(2020, 5, 20, 2, 0, 0, TimeSpan.Zero));
        await using var bot = await SecretaryAsync();
        await UploadAsync(bot, "工作总结报告", File("总结报告.pdf", Pdf));
        await UploadAsync(bot, "培育创建成果", File("成果照片.png", Png));
        await UploadAsync(bot, "典型经验（四个一）", File("典型经验.pdf", Pdf));
        await UploadAsync(bot, "微视频（四个一）", File("微视频.mp4", Mp4));
        await UploadAsync(bot, "成果汇编（四个一）", File("成果汇编.pdf", Pdf));
        await bot.SendAsync("提交成果");
        Assert.Equal(Strings.LinkAskName, (await bot.SendAsync("新媒体平台（四个一）"))[0].Text);
        Assert.Equal(Strings.LinkAskUrl, (await bot.SendAsync("文学院教工一支部公众号"))[0].Text);
        Assert.StartsWith(Strings.LinkInvalid, (await bot.SendAsync("公众号搜索即可"))[0].Text, StringComparison.Ordinal);
        Assert.Equal("已记录新媒体平台：文学院教工一支部公众号（https://mp.example.com/wx1）。", (await bot.SendAsync("https://mp.example.com/wx1"))[0].Text);
        await bot.SendAsync("否");

        var progress = (await bot.SendAsync("查看进度"))[0].Text;
        foreach (var item in new[] { "工作总结报告", "培育创建成果", "典型经验（四个一）", "微视频（四个一）", "成果汇编（四个一）" })
        {
            Assert.Contains($"✓ {item}：已提交（第 1 版", progress, StringComparison.Ordinal);
        }

        Assert.Contains("✓ 新媒体平台（四个一）：文学院教工一支部公众号（https://mp.example.com/wx1）", progress, StringComparison.Ordinal);
        Assert.Contains("✗ 新媒体平台截图（选交）：未提交", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReUpload_IsTheNextVersion_AndReviewersFetchAnyVersion()
    {
        await using (var bot = await SecretaryAsync())
        {
            await UploadAsync(bot, "年度工作总结", File("总结.pdf", Pdf));
            var second = await UploadAsync(bot, "年度工作总结", File("总结（修改）.pdf", [.. Pdf, 1, 2, 3]));
            Assert.Contains("第 2 版", second, StringComparison.Ordinal);
        }

        await using var reviewer = BotHarness.Create(Data.Path, Time, user: "demo-reviewer", conversation: "reviewer", settings: Settings());
        await reviewer.SendAsync("你好");
        await reviewer.SendAsync("调取成果");
        await reviewer.SendAsync("文学院教工第一党支部");
        Assert.Equal("共有 2 版。要第几版？回复“最新”取最新一版。", (await reviewer.SendAsync("年度工作总结"))[0].Text);
        var fetched = (await reviewer.SendAsync("1"))[0];

        Assert.StartsWith("“年度工作总结”第 1 版：总结.pdf（3 KB，2019年9月20日 10:00 上传）。", fetched.Text, StringComparison.Ordinal);
        var link = Assert.Single(fetched.Attachments);
        Assert.Equal("总结.pdf", link.Name);
        Assert.Equal(Sha(Pdf), await ReadBackShaAsync(reviewer, new Uri(link.ContentUrl)));
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("empty")]
    [InlineData("zip")]
    [InlineData("unreachable")]
    [InlineData("too-large")]
    public async Task Refuses_WithAClearMessage_AndStoresNothing(string kind)
    {
        await using var bot = await SecretaryAsync(new Dictionary<string, string?> { ["Uploads:DocumentMaxBytes"] = "2048" });
        var (activity, expected) = kind switch
        {
            "exe" => (File("总结.pdf", [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0]), "文件“总结.pdf”没有保存：" + Strings.ContentMismatch),
            "empty" => (File("总结.pdf", []), "文件“总结.pdf”没有保存：" + Strings.FileEmpty),
            "zip" => (File("总结.zip", [0x50, 0x4B, 3, 4, 0, 0]), "文件“总结.zip”没有保存：这一项只接受Word、PDF、Excel 或 PPT 文件。"),
            "unreachable" => (Link("总结.pdf", new Uri(LoopbackFileServer.ClosedPort(), "x.pdf")), "文件“总结.pdf”没有保存：" + Strings.FileUnreachable),
            _ => (File("总结.pdf", Pdf), "文件“总结.pdf”没有保存：超过了 2 KB 的大小限制。"),
        };

        await bot.SendAsync("提交成果");
        await bot.SendAsync("年度工作总结");
        var replies = Texts(await bot.SendAsync(activity));

        Assert.Equal(expected, replies[0]);
        Assert.Empty(await VersionsAsync(bot, "midterm-summary"));
    }

    [Fact]
    public async Task TeamsFileDownloadInfo_IsFetchedFromItsDownloadUrl()
    {
        await using var bot = await SecretaryAsync();
        await bot.SendAsync("提交成果");
        await bot.SendAsync("年度工作总结");
        var teams = new Activity
        {
            Type = ActivityTypes.Message,
            Text = string.Empty,
            Attachments =
            [
                new Attachment(
                    "application/vnd.microsoft.teams.file.download.info",
                    contentUrl: "https://contoso.sharepoint.example/forbidden.pdf",
                    content: new Newtonsoft.Json.Linq.JObject { ["downloadUrl"] = files.Serve(Pdf).ToString(), ["fileType"] = "pdf" },
                    name: "Teams总结.pdf"),
            ],
        };

        var receipt = Texts(await bot.SendAsync(teams))[0];

        Assert.StartsWith("已收到“年度工作总结”：Teams总结.pdf，3 KB", receipt, StringComparison.Ordinal);
        Assert.Equal(Sha(Pdf), Assert.Single(await VersionsAsync(bot, "midterm-summary")).Sha256);
    }

    [Fact]
    public async Task AFolderInTheFileName_IsKeptAsTextOnly()
    {
        await using var bot = await SecretaryAsync();
        var receipt = await UploadAsync(bot, "年度工作总结", File("../../x.pdf", Pdf));

        Assert.StartsWith("已收到“年度工作总结”：x.pdf，", receipt, StringComparison.Ordinal);
        var stored = Assert.Single(await VersionsAsync(bot, "midterm-summary"));
        Assert.Equal("x.pdf", stored.OriginalName);
        Assert.DoesNotContain("..", stored.StoredPath, StringComparison.Ordinal);
        Assert.StartsWith("deliverables/2018/BR-WX-1/midterm-summary/", stored.StoredPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageFailureMidUpload_RecordsNothing_AndTheRetrySucceeds()
    {
        FaultyDocumentStore? faulty = null;
        await using var bot = await SecretaryAsync(configure: s =>
        {
            var real = s.Last(d => d.ServiceType == typeof(IDocumentStore));
            s.AddSingleton<IDocumentStore>(sp => faulty = new FaultyDocumentStore((IDocumentStore)real.ImplementationFactory!(sp)));
        });
        await bot.SendAsync("提交成果");
        await bot.SendAsync("年度工作总结");

        faulty!.FailWritesWithPrefix = "deliverables/";
        var replies = Texts(await bot.SendAsync(File("总结.pdf", Pdf)));
        Assert.Equal("文件“总结.pdf”没有保存：" + Strings.StorageRetry, replies[0]);
        faulty.FailWritesWithPrefix = null;
        Assert.Empty(await VersionsAsync(bot, "midterm-summary"));

        var retry = await UploadAsync(bot, "年度工作总结", File("总结.pdf", Pdf));
        Assert.Contains("第 1 版", retry, StringComparison.Ordinal);
        Assert.Single(await VersionsAsync(bot, "midterm-summary"));
    }

    [Fact]
    public async Task LateUploads_AreMarked_AndClosedStagesRefused()
    {
        Time.SetUtcNow(new DateTimeOffset(2019, 10, 5, 2, 0, 0, TimeSpan.Zero));
        await using var bot = await SecretaryAsync();
        var late = await UploadAsync(bot, "年度工作总结", File("总结.pdf", Pdf));
        Assert.EndsWith("。已超过截止时间，记为逾期提交。", late, StringComparison.Ordinal);
        Assert.Contains("！年度工作总结：逾期提交（第 1 版，2019年10月5日 10:00）", (await bot.SendAsync("查看进度"))[0].Text, StringComparison.Ordinal);

        Time.SetUtcNow(new DateTimeOffset(2019, 11, 5, 2, 0, 0, TimeSpan.Zero));
        var list = (await bot.SendAsync("提交成果"))[0];
        Assert.Contains(list.SuggestedActions.Actions, a => a.Title.StartsWith("成果报告（已截止）", StringComparison.Ordinal));
        Assert.Equal(
            "“成果报告”已于 2019年10月31日 23:59（北京时间）停止收取，不能再提交。如有特殊情况，请联系党委组织部（行政楼A203，电话 3985533）。",
            (await bot.SendAsync("成果报告"))[0].Text);
    }

    [Fact]
    public async Task GeneralBranchSecretary_SeesTheBranchesProgress()
    {
        await using (var bot = await SecretaryAsync())
        {
            await UploadAsync(bot, "年度工作总结", File("总结.pdf", Pdf));
        }

        await using var college = BotHarness.Create(Data.Path, Time, user: "demo-gb-wx", conversation: "college", settings: Settings());
        await SubmitAsync(college, "GB-WX");
        await college.SendAsync("你好");
        var progress = (await college.SendAsync("查看进度"))[0].Text;
        Assert.Contains("【文学院党总支】", progress, StringComparison.Ordinal);
        Assert.Contains("【文学院教工第一党支部】", progress, StringComparison.Ordinal);
        Assert.Contains("✓ 年度工作总结：已提交（第 1 版", progress, StringComparison.Ordinal);
    }

    protected abstract IReadOnlyDictionary<string, string?> BackendSettings();

    private Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(BackendSettings());
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    private async Task<BotHarness> SecretaryAsync(IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var bot = BotHarness.Create(Data.Path, Time, user: Branch, conversation: "branch", settings: Settings(extra), configure: configure);
        await SubmitAsync(bot, "BR-WX-1");
        await bot.SendAsync("你好");
        return bot;
    }

    /// <summary>Puts the unit's application in the programme (submitted), as the deliverables presuppose.</summary>
    private static async Task SubmitAsync(BotHarness bot, string unitId)
    {
        var applications = bot.Get<IApplicationService>();
        var roster = await bot.Get<DualCreationBot.Services.Roster.IRosterService>().CurrentAsync();
        var secretary = roster.SecretariesOf(unitId).First();
        var project = await applications.OpenAsync(secretary, unitId);
        await bot.Store.UpdateAsync<Project>("projects/" + project.Id, p =>
        {
            p!.Status = ProjectStatus.Submitted;
            p.SubmittedAt = new DateTimeOffset(2018, 9, 20, 2, 0, 0, TimeSpan.Zero);
            return p;
        });
    }

    private static async Task<string> UploadAsync(BotHarness bot, string item, Activity file)
    {
        await bot.SendAsync("提交成果");
        await bot.SendAsync(item);
        var receipt = (await bot.SendAsync(file))[0].Text;
        await bot.SendAsync("否");
        return receipt;
    }

    private static async Task<IReadOnlyList<DeliverableVersion>> VersionsAsync(BotHarness bot, string item) =>
        (await bot.Store.GetAsync<DeliverableRecord>(DeliverableRecord.KeyFor("2018", "BR-WX-1")))?.Versions(item) ?? [];

    private static async Task<string> ReadBackShaAsync(BotHarness bot, Uri link)
    {
        var token = link.Segments[^2].TrimEnd('/');
        var path = bot.Get<DualCreationBot.Services.Files.IFileLinks>().Resolve(token);
        await using var stream = await bot.Get<IFileStore>().OpenReadAsync(path!);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream!));
    }

    private Activity File(string name, byte[] content) => Link(name, files.Serve(content));

    private static Activity Link(string name, Uri url) => new()
    {
        Type = ActivityTypes.Message,
        Text = string.Empty,
        Attachments = [new Attachment("application/octet-stream", url.ToString(), name: name)],
    };

    private static string Yes() => "是";

    private static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

public sealed class SqliteDeliverableDialogTests : DeliverableDialogContract
{
    protected override IReadOnlyDictionary<string, string?> BackendSettings() => new Dictionary<string, string?>();
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobDeliverableDialogTests(AzuriteFixture azurite) : DeliverableDialogContract
{
    // One pair of containers per test: every harness of the test shares them.
    private readonly IReadOnlyDictionary<string, string?> settings = azurite.BotSettings();

    protected override IReadOnlyDictionary<string, string?> BackendSettings() => settings;
}
