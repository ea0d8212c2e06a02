using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Storage.Sqlite;

/// <summary>
/// Opens connections to the embedded database (a file in the data folder), creating its schema
/// once. WAL mode lets readers run beside the one writer; the busy timeout queues writers.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string connectionString;
    private readonly SemaphoreSlim initLock = new(1, 1);
    private volatile bool initialized;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.GetFullPath(options.Value.DataFolder);
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, options.Value.SqliteFileName);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = 30000;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!initialized)
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose() => initLock.Dispose();

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS documents (
                    key     TEXT PRIMARY KEY NOT NULL,
                    etag    TEXT NOT NULL,
                    content TEXT NOT NULL,
                    updated TEXT NOT NULL
                ) WITHOUT ROWID;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initLock.Release();
        }
    }
}
