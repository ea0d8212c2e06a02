using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace DualCreationBot.Services.Storage.Blob;

/// <summary>
/// Production documents: one UTF-8 JSON block blob per key. Every write is a single Put Blob
/// carrying its condition as If-Match / If-None-Match, so the service decides atomically who wins.
/// </summary>
internal sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    /// <summary>Azure's limit on the length of a blob name.</summary>
    private const int MaxBlobNameLength = 1024;

    // BlockBlobClient.Upload is one Put Blob request; these options only make sure that stays so
    // should the SDK ever partition it. One request means the condition is checked once, against
    // the whole write, with no staged blocks another writer could race.
    private static readonly StorageTransferOptions SingleRequest = new()
    {
        InitialTransferSize = 256 * 1024 * 1024,
        MaximumTransferSize = 256 * 1024 * 1024,
        MaximumConcurrency = 1,
    };

    private readonly BlobContainerInitializer initializer = new(container ?? throw new ArgumentNullException(nameof(container)));

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = Blob(key);
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new StoredDocument(key, result.Value.Content.ToString(), result.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string key, string content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var blob = Blob(key);
        ArgumentNullException.ThrowIfNull(content);
        var conditions = condition.Kind switch
        {
            WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
            WriteConditionKind.CreateOnly => new BlobRequestConditions { IfNoneMatch = ETag.All },
            _ => null,
        };
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var options = new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                TransferOptions = SingleRequest,
            };
            using var body = BinaryData.FromString(content).ToStream();
            var response = await blob.UploadAsync(body, options, cancellationToken).ConfigureAwait(false);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (IsConflict(e) || (condition.Kind == WriteConditionKind.IfMatch && e.Status == 404))
        {
            // 404 on If-Match: the document was deleted since it was read. That is someone else's
            // change like any other, not a "missing" the caller could ignore.
            throw new ConcurrencyConflictException(key, e);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        var blob = Blob(key);
        var conditions = ifMatchETag is null ? null : new BlobRequestConditions { IfMatch = new ETag(ifMatchETag) };
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            // Azurite answers a conditional delete of a missing blob with 412, not 404. A missing
            // document is "nothing to delete" whatever ETag the caller held, as in every backend.
            if (!(await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                return false;
            }

            throw new ConcurrencyConflictException(key, e);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await container.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException)
        {
            // Unreachable, unauthorized or throttled: all mean "not healthy" to /healthz.
            return false;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is RequestFailedException))
        {
            // Azure.Core reports "every retry failed" as an aggregate of the attempts' failures.
            return false;
        }
    }

    /// <summary>
    /// The blob name of a key: each '/'-separated segment percent-escaped, so any Unicode key maps
    /// to a plain ASCII name and '/' still groups documents into virtual folders. The mapping must
    /// stay one-to-one, so the few shapes Azure or URL handling would alter get escapes that
    /// <see cref="Uri.EscapeDataString(string)"/> itself never produces.
    /// </summary>
    internal static string BlobName(string key)
    {
        StorageKeys.Validate(key);
        var segments = key.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = Uri.EscapeDataString(segments[i]);

            // URL normalization drops "." and ".." segments and Azure trims a trailing dot, so
            // dots in a segment ending with one are escaped ('.' is otherwise left as is).
            if (segment.EndsWith('.'))
            {
                segment = segment.Replace(".", "%2E", StringComparison.Ordinal);
            }

            // Empty segments ("a//b", a trailing '/') may be collapsed on the way; a lone '%' is
            // never an escape sequence, so it cannot collide with a real segment.
            segments[i] = segment.Length == 0 ? "%" : segment;
        }

        var name = string.Join('/', segments);
        if (name.Length <= MaxBlobNameLength)
        {
            return name;
        }

        // A 400-character Chinese key escapes to 3600 characters. Such keys are stored under a
        // hash instead; "%long" is no escape sequence, so no short key maps here.
        return "%long/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static bool IsConflict(RequestFailedException e) =>
        e.Status == 412
        || e.ErrorCode == BlobErrorCode.ConditionNotMet
        || e.ErrorCode == BlobErrorCode.BlobAlreadyExists;

    private BlockBlobClient Blob(string key) => container.GetBlockBlobClient(BlobName(key));
}
