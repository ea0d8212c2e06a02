namespace DualCreationBot.Services.Storage.Sqlite;

/// <summary>
/// The embedded default: documents in one SQLite file. Every write is a single statement whose
/// WHERE clause carries the condition, so SQLite's own locking makes it atomic.
/// </summary>
internal sealed class SqliteDocumentStore(SqliteDatabase database, TimeProvider time) : IDocumentStore
{
    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content, etag FROM documents WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredDocument(key, reader.GetString(0), reader.GetString(1))
            : null;
    }

    public async Task<string> WriteAsync(string key, string content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        ArgumentNullException.ThrowIfNull(content);
        var etag = Guid.NewGuid().ToString("N");
        var rows = await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = condition.Kind switch
                {
                    WriteConditionKind.CreateOnly =>
                        "INSERT INTO documents (key, etag, content, updated) VALUES ($key, $etag, $content, $updated) ON CONFLICT(key) DO NOTHING",
                    WriteConditionKind.IfMatch =>
                        "UPDATE documents SET etag = $etag, content = $content, updated = $updated WHERE key = $key AND etag = $expected",
                    _ =>
                        "INSERT INTO documents (key, etag, content, updated) VALUES ($key, $etag, $content, $updated) " +
                        "ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, content = excluded.content, updated = excluded.updated",
                };
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$etag", etag);
                command.Parameters.AddWithValue("$content", content);
                command.Parameters.AddWithValue("$updated", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$expected", (object?)condition.ETag ?? DBNull.Value);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return rows == 1 ? etag : throw new ConcurrencyConflictException(key);
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        var rows = await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ifMatchETag is null
                    ? "DELETE FROM documents WHERE key = $key"
                    : "DELETE FROM documents WHERE key = $key AND etag = $expected";
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$expected", (object?)ifMatchETag ?? DBNull.Value);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        if (rows == 0 && ifMatchETag is not null && await ReadAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ConcurrencyConflictException(key);
        }

        return rows == 1;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents WHERE key = ''";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
