using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Tests.Dialogs.Engine;

/// <summary>Every prompt kind through the real SDK pipeline (TestAdapter), in Chinese.</summary>
public sealed class PromptTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Walks_EveryPromptKind_AndPassesTypedAnswers()
    {
        await using var bot = Probe();
        Assert.Equal([Strings.Greeting + "\n" + Strings.HelpGeneral, ProbeDialog.AskText], Texts(await bot.SendAsync("你好")));
        Assert.Equal(["text=文学院党总支", ProbeDialog.AskNumber], Texts(await bot.SendAsync("文学院党总支")));
        Assert.Equal(["number=120", ProbeDialog.AskChoice], Texts(await bot.SendAsync("１,２０人")));
        Assert.Equal(["choice=branch", ProbeDialog.AskConfirm], Texts(await bot.SendAsync("样板支部")));
        Assert.Equal(["confirm=True", ProbeDialog.AskDate], Texts(await bot.SendAsync("好的")));
        Assert.Equal(["date=2019-09-30", ProbeDialog.AskFile], Texts(await bot.SendAsync("2019年9月30日")));
        var replies = await bot.SendAsync(WithFiles("总结.pdf", "照片.jpg"));
        Assert.Equal("files=总结.pdf,照片.jpg;unit=文学院党总支", replies[0].Text);
    }

    [Theory]
    [InlineData("", "TextEmpty")]
    [InlineData("   ", "TextEmpty")]
    [InlineData("😀🎉👍", "TextNoWords")]
    [InlineData("！？。", "TextNoWords")]
    public async Task Text_RepromptsPolitely_WhenAnswerHasNoWords(string answer, string problem)
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        var reply = Assert.Single(await bot.SendAsync(answer));
        Assert.Equal(Strings.Get(problem) + "\n\n" + ProbeDialog.AskText, reply.Text);
    }

    [Fact]
    public async Task Text_RepromptsWithLengths_WhenAnswerIsTooLong()
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        var reply = Assert.Single(await bot.SendAsync(new string('党', 10_000)));
        Assert.StartsWith(Strings.Format(nameof(Strings.TextTooLong), 10_000, 50), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("35", "35")]
    [InlineData("３５", "35")]
    [InlineData("1,000元", "1000")]
    [InlineData("0.05万", "500")]
    public async Task Number_AcceptsCommonWritings(string answer, string expected)
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("单位");
        Assert.Equal("number=" + expected, (await bot.SendAsync(answer))[0].Text);
    }

    [Theory]
    [InlineData("很多", "NumberInvalid")]
    [InlineData("0", "NumberOutOfRange")]
    [InlineData("5001", "NumberOutOfRange")]
    public async Task Number_Reprompts_WhenNotANumberOrOutOfRange(string answer, string problem)
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("单位");
        var reply = Assert.Single(await bot.SendAsync(answer));
        var expected = problem == "NumberOutOfRange" ? Strings.Format(problem, 1m, 5000m) : Strings.Get(problem);
        Assert.Equal(expected + "\n\n" + ProbeDialog.AskNumber, reply.Text);
    }

    [Theory]
    [InlineData("1", "college")]
    [InlineData("２", "branch")]
    [InlineData("标杆学院", "college")]
    [InlineData("总支", "college")]
    [InlineData("支部。", "branch")]
    [InlineData("第2个", "branch")]
    public async Task Choice_AcceptsNumberLabelAndSynonym(string answer, string expected)
    {
        await using var bot = Probe();
        await AdvanceToChoice(bot);
        Assert.Equal("choice=" + expected, (await bot.SendAsync(answer))[0].Text);
    }

    [Fact]
    public async Task Choice_RendersSuggestedActions_WhereTheChannelDrawsButtons()
    {
        await using var bot = Probe(channel: "webchat");
        var prompt = await AdvanceToChoice(bot);
        Assert.Equal(ProbeDialog.AskChoice, prompt.Text);
        Assert.Equal(["标杆学院", "样板支部"], prompt.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Choice_RendersNumberedList_OnTextChannels()
    {
        await using var bot = Probe(channel: "wecom");
        var prompt = await AdvanceToChoice(bot);
        Assert.Null(prompt.SuggestedActions);
        Assert.Equal(ProbeDialog.AskChoice + "\n1. 标杆学院\n2. 样板支部\n" + Strings.ChoiceListHint, prompt.Text);
        Assert.Equal("choice=branch", (await bot.SendAsync("2"))[0].Text);
    }

    [Theory]
    [InlineData("是", "True")]
    [InlineData("否", "False")]
    [InlineData("不是", "False")]
    [InlineData("yes", "True")]
    [InlineData("2", "False")]
    public async Task Confirm_AcceptsYesAndNoWords(string answer, string expected)
    {
        await using var bot = Probe();
        await AdvanceToChoice(bot);
        await bot.SendAsync("1");
        Assert.Equal("confirm=" + expected, (await bot.SendAsync(answer))[0].Text);
    }

    [Theory]
    [InlineData("2019-09-30", "2019-09-30")]
    [InlineData("2019年9月30日", "2019-09-30")]
    [InlineData("9月30日", "2026-09-30")]
    [InlineData("2020/5/31", "2020-05-31")]
    public async Task Date_AcceptsTheThreeWritings(string answer, string expected)
    {
        await using var bot = Probe();
        await AdvanceToDate(bot);
        Assert.Equal("date=" + expected, (await bot.SendAsync(answer))[0].Text);
    }

    [Theory]
    [InlineData("2019-02-30")]
    [InlineData("明天")]
    [InlineData("13月1日")]
    public async Task Date_Reprompts_WhenNotARealDate(string answer)
    {
        await using var bot = Probe();
        await AdvanceToDate(bot);
        Assert.Equal(Strings.DateInvalid + "\n\n" + ProbeDialog.AskDate, Assert.Single(await bot.SendAsync(answer)).Text);
    }

    [Fact]
    public async Task Attachment_Reprompts_WhenNoFileArrives()
    {
        await using var bot = Probe();
        await AdvanceToDate(bot);
        await bot.SendAsync("2019-09-30");
        Assert.Equal(Strings.AttachmentMissing + "\n\n" + ProbeDialog.AskFile, Assert.Single(await bot.SendAsync("文件稍后发")).Text);
    }

    [Fact]
    public async Task GivesUp_AfterThreeWrongAnswers_AndReturnsToTheStart()
    {
        await using var bot = Probe();
        await bot.SendAsync("开始");
        await bot.SendAsync("单位");
        await bot.SendAsync("很多");
        await bot.SendAsync("不知道");
        var replies = Texts(await bot.SendAsync("还是不知道"));
        Assert.Equal([Strings.TooManyAttempts, ProbeDialog.AskText], replies);
    }

    [Fact]
    public async Task SpeaksEnglish_WhenTheLocaleAsksForIt()
    {
        await using var bot = Probe(locale: "en-US");
        await bot.SendAsync("hello");
        await bot.SendAsync("unit");
        var reply = Assert.Single(await bot.SendAsync("many"));
        Assert.Equal("Please enter a number, for example 35.\n\n" + ProbeDialog.AskNumber, reply.Text);
    }

    internal static List<string> Texts(IEnumerable<IMessageActivity> replies) => [.. replies.Select(r => r.Text)];

    internal static Activity WithFiles(params string[] names) => new()
    {
        Type = ActivityTypes.Message,
        Text = string.Empty,
        Attachments = [.. names.Select(n => new Attachment("application/pdf", "http://127.0.0.1:1/" + n, name: n))],
    };

    private BotHarness Probe(string channel = "test", string locale = "zh-CN") =>
        BotHarness.Create(
            data.Path,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero)),
            channelId: channel,
            locale: locale,
            rootDialogId: nameof(ProbeDialog),
            configure: s => s.AddSingleton<Dialog>(new ProbeDialog()));

    private static async Task<IMessageActivity> AdvanceToChoice(BotHarness bot)
    {
        await bot.SendAsync("开始");
        await bot.SendAsync("单位");
        return (await bot.SendAsync("30"))[1];
    }

    private static async Task AdvanceToDate(BotHarness bot)
    {
        await AdvanceToChoice(bot);
        await bot.SendAsync("1");
        await bot.SendAsync("是");
    }
}
