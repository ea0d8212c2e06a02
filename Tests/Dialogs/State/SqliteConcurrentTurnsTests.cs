using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Sqlite;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Dialogs.State;

public sealed class SqliteConcurrentTurnsTests : ConcurrentTurnsContract, IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    protected override IDocumentStore CreateStore() =>
        new SqliteDocumentStore(new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = data.Path })), TimeProvider.System);
}
