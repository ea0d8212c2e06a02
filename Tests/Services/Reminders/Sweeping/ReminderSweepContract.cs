using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Reminders;
using DualCreationBot.Services.Reminders.Sweeping;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace DualCreationBot.Tests.Services.Reminders.Sweeping;

/// <summary>
/// The reminder sweep over simulated time, sending through the real CloudAdapter to a fake connector
/// on loopback: once per reminder, across restarts and with two sweepers side by side.
/// </summary>
public abstract class ReminderSweepContract : IAsyncLifetime
{
    // Units of the sample roster in different states (see ArrangeAsync).
    private const string NeverStarts = "P-BR-WX-1";
    private const string NoMidTerm = "P-BR-WX-2";
    private const string DeliversAll = "P-BR-WX-3";
    private const string Extended = "P-GB-WX";

    private FakeConnector connector = null!;

    protected FakeTimeProvider Time { get; } = new(Beijing(2018, 9, 2, 0, 0));

    protected TempFolder Data { get; } = new();

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        Data.Dispose();
    }

    [Fact]
    public async Task OverAPeriod_EachReminderIsSentOnce_OnlyToWhoStillOwes_AcrossARestartAndTwoSweepers()
    {
        var (from, until) = Period();
        await using var first = Harness();
        await using var second = Harness();
        await ArrangeAsync(first);
        var planned = first.Get<IReminderPlanner>().Plan(await first.Get<IPlanningSnapshotLoader>().LoadAsync(), Time.GetUtcNow(), until);

        var restartAt = from + ((until - from) / 2);
        BotHarness? restarted = null;
        // One sweep a day at 08:05 Beijing, just after the reminders' 08:00.
        for (var day = from.AddMinutes(5); day <= until; day = day.AddDays(1))
        {
            Time.SetUtcNow(day);
            var sweeps = day < restartAt ? new[] { first, second } : new[] { restarted ??= Harness(), second };
            await Task.WhenAll(sweeps.Select(h => h.Get<IReminderSweep>().RunOnceAsync()));
        }

        await restarted!.DisposeAsync();
        Assert.NotEmpty(planned);
        Assert.Equal(planned.Select(o => (o.PersonId, o.Text)).Order(), connector.Received.Select(r => (r.Conversation, r.Text)).Order());
        Assert.DoesNotContain(connector.Received, r => r.Conversation == DeliversAll);
        Assert.Contains(connector.Received, r => r.Conversation == Extended && r.Text.Contains("2018年10月12日 23:59", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterAThreeDayOutage_OnlyStillRelevantRemindersGoOut()
    {
        await using var bot = Harness();
        await ArrangeAsync(bot);
        var sweep = bot.Get<IReminderSweep>();

        // Application due 2018-09-30: the 7-day reminder is planned for 09-23, the 3-day one for 09-27.
        Time.SetUtcNow(Beijing(2018, 9, 22, 8, 5));
        await sweep.RunOnceAsync();
        Time.SetUtcNow(Beijing(2018, 9, 28, 8, 5));
        await sweep.RunOnceAsync();

        var texts = connector.Received.Where(r => r.Conversation == NeverStarts).Select(r => r.Text).ToList();
        var only = Assert.Single(texts);
        Assert.Contains("2018年9月30日 23:59（北京时间）截止，还剩 2 天", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_MarksTheAccountUnreachable_AndTellsTheAdministrators()
    {
        await using var bot = Harness();
        await ArrangeAsync(bot);
        connector.Block(NeverStarts);

        Time.SetUtcNow(Beijing(2018, 9, 23, 8, 5));
        var report = await bot.Get<IReminderSweep>().RunOnceAsync();

        Assert.True(report.Unreachable >= 1);
        Assert.True((await bot.Get<IContactBook>().ForAsync(NeverStarts)).Single().Unreachable);
        Assert.Contains(connector.Received, r => r.Conversation == "P-ADMIN" && r.Text.StartsWith("【送达失败】王晓燕 已移除或屏蔽了本助手", StringComparison.Ordinal));

        // The next reminder is not attempted on the blocked account.
        var refusedBefore = connector.Refused.Count;
        Time.SetUtcNow(Beijing(2018, 9, 27, 8, 5));
        await bot.Get<IReminderSweep>().RunOnceAsync();
        Assert.Equal(refusedBefore, connector.Refused.Count);
    }

    [Fact]
    public async Task TooManyRequests_IsRetried_AndDeliveredOnce()
    {
        await using var bot = Harness();
        await ArrangeAsync(bot);
        connector.FailNext(NeverStarts, 429);

        Time.SetUtcNow(Beijing(2018, 9, 23, 8, 5));
        await bot.Get<IReminderSweep>().RunOnceAsync();
        await bot.Get<IReminderSweep>().RunOnceAsync();

        Assert.Single(connector.Refused, r => r.Conversation == NeverStarts && r.Status == 429);
        Assert.Single(connector.Received, r => r.Conversation == NeverStarts);
    }

    [Fact]
    public async Task QuietHours_DeferRemindersToEightInTheMorning()
    {
        await using var bot = Harness(new Dictionary<string, string?> { ["Reminders:MorningOfDueDay"] = "23:30" });
        await ArrangeAsync(bot);
        var sweep = bot.Get<IReminderSweep>();

        // The 7-day reminder would be at 23:30 on 09-23, inside the quiet hours: it waits for 08:00 on 09-24.
        for (var at = Beijing(2018, 9, 23, 20, 0); at <= Beijing(2018, 9, 24, 9, 0); at = at.AddMinutes(30))
        {
            Time.SetUtcNow(at);
            await sweep.RunOnceAsync();
            var expected = at >= Beijing(2018, 9, 24, 8, 0) ? 1 : 0;
            Assert.Equal(expected, connector.Received.Count(r => r.Conversation == NeverStarts));
        }
    }

    protected abstract IReadOnlyDictionary<string, string?> BackendSettings();

    /// <summary>The simulated stretch: the whole campaign on the embedded backend, the application month on Azurite.</summary>
    protected abstract (DateTimeOffset From, DateTimeOffset Until) Period();

    protected static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private BotHarness Harness(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(BackendSettings());
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return BotHarness.Create(Data.Path, Time, settings: settings);
    }

    /// <summary>Puts the units in their states and gives every person a conversation at the fake connector.</summary>
    private async Task ArrangeAsync(BotHarness bot)
    {
        var roster = await bot.Get<IRosterService>().CurrentAsync();
        foreach (var person in roster.People)
        {
            await bot.Get<IContactBook>().RememberAsync(person.Id, Channels.WebChat, person.Id, connector.ReferenceJson(person.Id, person.Id));
        }

        var applications = bot.Get<IApplicationService>();
        var admin = roster.Person("P-ADMIN")!;
        await applications.ExtendAsync(admin, "GB-WX", BeijingTime.EndOfDay(new DateOnly(2018, 10, 12)));
        foreach (var unit in new[] { "BR-WX-2", "BR-WX-3" })
        {
            var project = await applications.OpenAsync(roster.SecretariesOf(unit).First(), unit);
            await bot.Store.UpdateAsync<Project>("projects/" + project.Id, p =>
            {
                p!.Status = ProjectStatus.Submitted;
                p.SubmittedAt = Beijing(2018, 9, 10, 9, 0);
                return p;
            });
        }

        var record = new DeliverableRecord { ProjectId = "2018/BR-WX-3" };
        foreach (var item in Checklist.Items.Where(i => i.Required && i.Kind == ItemKind.File))
        {
            record.Items[item.Id] = [new DeliverableVersion(1, "x/" + item.Id, item.Id + ".pdf", 10, new string('0', 64), "application/pdf", DeliversAll, Beijing(2018, 9, 10, 9, 0), false, "seed-" + item.Id)];
        }

        record.Links["final-platform"] = new PlatformLink("公众号", new Uri("https://mp.example.com/a"), DeliversAll, Beijing(2018, 9, 10, 9, 0), false);
        await bot.Store.WriteAsync(DeliverableRecord.KeyFor("2018", "BR-WX-3"), System.Text.Json.JsonSerializer.Serialize(record, StorageJson.Options), WriteCondition.Always);
    }
}

public sealed class SqliteReminderSweepTests : ReminderSweepContract
{
    protected override IReadOnlyDictionary<string, string?> BackendSettings() => new Dictionary<string, string?>();

    protected override (DateTimeOffset From, DateTimeOffset Until) Period() => (Beijing(2018, 9, 2, 8, 0), Beijing(2020, 9, 30, 8, 0));
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobReminderSweepTests(AzuriteFixture azurite) : ReminderSweepContract
{
    // One pair of containers per test: every harness of the test shares them.
    private readonly IReadOnlyDictionary<string, string?> settings = azurite.BotSettings();

    protected override IReadOnlyDictionary<string, string?> BackendSettings() => settings;

    protected override (DateTimeOffset From, DateTimeOffset Until) Period() => (Beijing(2018, 9, 2, 8, 0), Beijing(2018, 10, 20, 8, 0));
}
