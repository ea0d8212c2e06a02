using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Reminders;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Moq;
using static DualCreationBot.Tests.Services.Reminders.ReminderScenario;

namespace DualCreationBot.Tests.Services.Reminders;

/// <summary>The loader against the embedded SQLite store: keys from the roster, no listing.</summary>
public sealed class PlanningSnapshotLoaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dcb-planning-");
    private readonly SqliteDatabase database;
    private readonly SqliteDocumentStore store;

    public PlanningSnapshotLoaderTests()
    {
        database = new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = folder.FullName }));
        store = new SqliteDocumentStore(database, TimeProvider.System);
    }

    [Fact]
    public async Task Load_ReadsTheProjectsAndDeliverablesOfEverySecretarysUnit_AndExtraData()
    {
        var record = new DeliverableRecord { ProjectId = "2018/BR-EARLY" };
        HandIn(record, ["midterm-summary"]);
        await store.UpdateAsync<Project>(Project.KeyFor("2018", "BR-EARLY"), _ => NewProject("BR-EARLY", ProjectStatus.Submitted));
        await store.UpdateAsync<DeliverableRecord>(DeliverableRecord.KeyFor("2018", "BR-EARLY"), _ => record);
        await store.UpdateAsync<Project>(Project.KeyFor("2018", "BR-EXT"), _ => NewProject("BR-EXT"));
        await store.UpdateAsync<Project>(Project.KeyFor("2018", "BR-ORPHAN"), _ => NewProject("BR-ORPHAN"));
        var roster = Mock.Of<IRosterService>(r => r.CurrentAsync(It.IsAny<CancellationToken>()) == Task.FromResult(ReminderScenario.Roster));
        var loader = new PlanningSnapshotLoader(store, roster, new CampaignService(store, TimeProvider.System), [new CountingLoader()]);

        var snapshot = await loader.LoadAsync();

        Assert.Equal(NoticeCampaign.Default.Id, snapshot.Campaign.Id);
        Assert.Equal(["BR-EARLY", "BR-EXT"], snapshot.Projects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["BR-EARLY"], snapshot.Deliverables.Keys);
        Assert.Single(snapshot.DeliverablesOf("BR-EARLY")!.Versions("midterm-summary"));
        Assert.Equal(["p-early-1", "p-early-2"], snapshot.SecretariesOf("BR-EARLY"));
        Assert.Equal(5, snapshot.Extra<UnitCount>()!.Units);
        var midTerm = InCulture("zh-CN", () => PlanningBenchmarkData.Planner().Plan(snapshot, Beijing(2019, 9, 29), Beijing(2019, 9, 30, 9)));
        Assert.Equal(4, midTerm.Count);
        Assert.All(midTerm, o => Assert.Equal(["成果报告"], o.Deadline.Missing));
    }

    public void Dispose()
    {
        database.Dispose();

        // Pooled connections keep the file open (on Windows, undeletable) until cleared.
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private sealed record UnitCount(int Units);

    /// <summary>What a new kind of deadline would add: data of its own, loaded beside the snapshot.</summary>
    private sealed class CountingLoader : IPlanningDataLoader
    {
        public Task<object> LoadAsync(PlanningSnapshot snapshot, CancellationToken cancellationToken) =>
            Task.FromResult<object>(new UnitCount(snapshot.SecretaryUnits.Count));
    }
}
