using DualCreationBot.Services.Reminders.Sweeping;
using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Sqlite;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DualCreationBot.Tests.Services.Reminders.Sweeping;

/// <summary>One sweeper at a time, on each backend.</summary>
public abstract class SweepLockContract
{
    protected abstract ISweepLock Lock();

    [Fact]
    public async Task ASecondSweeper_WaitsForTheFirst()
    {
        var first = Lock();
        var second = Lock();

        var held = await first.TryAcquireAsync("sweep", TimeSpan.FromSeconds(30));
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync("sweep", TimeSpan.FromSeconds(30)));
        Assert.True(await held!.RenewAsync());
        Assert.Null(await second.TryAcquireAsync("sweep", TimeSpan.FromSeconds(30)));

        await held.DisposeAsync();
        var next = await second.TryAcquireAsync("sweep", TimeSpan.FromSeconds(30));
        Assert.NotNull(next);
        await next!.DisposeAsync();
    }
}

public sealed class DocumentSweepLockTests : SweepLockContract, IDisposable
{
    private readonly TempFolder data = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2019, 9, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly SqliteDocumentStore store;

    public DocumentSweepLockTests() =>
        store = new SqliteDocumentStore(new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = data.Path })), time);

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task AnExpiredLock_IsTakenOver_AndItsHolderLearnsSo()
    {
        var crashed = await Lock().TryAcquireAsync("sweep", TimeSpan.FromSeconds(60));
        time.Advance(TimeSpan.FromSeconds(61));

        var successor = await Lock().TryAcquireAsync("sweep", TimeSpan.FromSeconds(60));

        Assert.NotNull(successor);
        Assert.False(await crashed!.RenewAsync());
    }

    protected override ISweepLock Lock() => new DocumentSweepLock(store, time);
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobLeaseSweepLockTests(AzuriteFixture azurite) : SweepLockContract
{
    private readonly Azure.Storage.Blobs.BlobContainerClient container = azurite.NewContainer();

    protected override ISweepLock Lock() => new BlobLeaseSweepLock(container);
}
