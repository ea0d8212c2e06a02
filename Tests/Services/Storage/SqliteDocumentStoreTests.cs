using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>The document contract against the embedded SQLite backend, one database file per class.</summary>
public sealed class SqliteDocumentStoreTests(SqliteDocumentStoreTests.Database database)
    : DocumentStoreContract, IClassFixture<SqliteDocumentStoreTests.Database>
{
    protected override IDocumentStore Store { get; } = database.Store;

    /// <summary>A fresh data folder and database shared by the tests of this class.</summary>
    public sealed class Database : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dcb-sqlite-");
        private readonly SqliteDatabase sqlite;

        public Database()
        {
            sqlite = new SqliteDatabase(Options.Create(new StorageOptions { DataFolder = folder.FullName }));
            Store = new SqliteDocumentStore(sqlite, TimeProvider.System);
        }

        internal IDocumentStore Store { get; }

        public void Dispose()
        {
            sqlite.Dispose();

            // Pooled connections keep the file open (on Windows, undeletable) until cleared.
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
