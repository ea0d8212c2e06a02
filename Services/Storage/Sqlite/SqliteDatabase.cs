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
    private readonly string synchronousPragma;
    private readonly SemaphoreSlim initLock = new(1, 1);
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<nint, byte> configured = new();
    private volatile bool initialized;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.GetFullPath(options.Value.DataFolder);
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, options.Value.SqliteFileName);

        // Per connection: SQLite forgets both settings when a connection closes for good.
        // NORMAL in WAL mode survives any crash of this process; FULL also survives power loss, at an fsync per write.
        synchronousPragma = $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {(options.Value.SqliteFullSync ? "FULL" : "NORMAL")};";
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

    /// <summary>
    /// Lets one writer of this process at a time reach SQLite. Writers queued here wait only as long
    /// as the write ahead of them; writers colliding inside SQLite would back off in sleeps of
    /// several milliseconds. Other processes are still kept apart by SQLite's own lock.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await write(connection).ConfigureAwait(false);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Pooled connections keep their settings: configure each physical connection once.
            if (configured.TryAdd(connection.Handle!.DangerousGetHandle(), 0))
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = synchronousPragma;
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

    public void Dispose()
    {
        initLock.Dispose();
        writeGate.Dispose();
    }

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
