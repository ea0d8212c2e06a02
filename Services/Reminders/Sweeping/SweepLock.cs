using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Reminders.Sweeping;

/// <summary>
/// Lets one sweeper at a time act: a blob lease on Azure, a conditional-write lock document on
/// SQLite. Held locks expire unless renewed, so a crashed holder frees the way. The idempotency
/// markers stay the guarantee should a lock ever fail.
/// </summary>
public interface ISweepLock
{
    /// <summary>The held lock, or null when another sweeper holds it.</summary>
    Task<IHeldLock?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default);
}

public interface IHeldLock : IAsyncDisposable
{
    /// <summary>Extends the lock; false when it was lost (another sweeper took it after it expired).</summary>
    Task<bool> RenewAsync(CancellationToken cancellationToken = default);
}

/// <summary>A lock as a document {owner, expires} written only on the ETag read (SQLite, or any document store).</summary>
internal sealed class DocumentSweepLock(IDocumentStore store, TimeProvider time) : ISweepLock
{
    public async Task<IHeldLock?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var key = "locks/" + name;
        var owner = Guid.NewGuid().ToString("N");
        var current = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (current is not null && JsonSerializer.Deserialize<LockState>(current.Content, StorageJson.Options)!.Expires > time.GetUtcNow())
        {
            return null;
        }

        try
        {
            var etag = await store.WriteAsync(key, Serialize(owner, duration), WriteCondition.After(current), cancellationToken).ConfigureAwait(false);
            return new Held(this, key, owner, duration, etag);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private IDocumentStore Store => store;

    private string Serialize(string owner, TimeSpan duration) =>
        JsonSerializer.Serialize(new LockState(owner, time.GetUtcNow() + duration), StorageJson.Options);

    private sealed record LockState(string Owner, DateTimeOffset Expires);

    private sealed class Held(DocumentSweepLock parent, string key, string owner, TimeSpan duration, string etag) : IHeldLock
    {
        private string etag = etag;

        public async Task<bool> RenewAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                etag = await parent.Store.WriteAsync(key, parent.Serialize(owner, duration), WriteCondition.IfMatch(etag), cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await parent.Store.DeleteAsync(key, etag).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // Someone took it over after it expired; theirs now.
            }
        }
    }
}

/// <summary>A blob lease (15–60 s, renewable) on a lock blob in the documents container (Azure).</summary>
internal sealed class BlobLeaseSweepLock(BlobContainerClient container) : ISweepLock
{
    public async Task<IHeldLock?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var blob = container.GetBlobClient("locks/" + name);
        try
        {
            await blob.UploadAsync(BinaryData.FromString(name), overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // The lock blob exists already (or is leased right now): the lease decides.
        }

        var lease = blob.GetBlobLeaseClient();
        var seconds = Math.Clamp((int)duration.TotalSeconds, 15, 60);
        try
        {
            await lease.AcquireAsync(TimeSpan.FromSeconds(seconds), cancellationToken: cancellationToken).ConfigureAwait(false);
            return new Held(lease);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    private sealed class Held(BlobLeaseClient lease) : IHeldLock
    {
        public async Task<bool> RenewAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await lease.ReleaseAsync().ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Already lost or expired: nothing to release.
            }
        }
    }
}
