using System.Globalization;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Deliverables.Upload;

/// <summary>
/// The deliverable upload for every channel. Order matters for "all or nothing": the file is
/// screened and stored under a fresh generated path first, and only then is the version recorded
/// in the project's <see cref="DeliverableRecord"/>; if recording fails, the file is deleted. A
/// file without a record is invisible (nothing points to it); a record without a file never exists.
/// </summary>
internal sealed partial class UploadPipeline(
    FileScreening screening,
    IFileStore files,
    IDocumentStore documents,
    IOptions<DeliverableUploadOptions> options,
    TimeProvider time,
    ILogger<UploadPipeline> logger) : IUploadPipeline
{
    private const int MaxRenumbering = 5;

    public async Task<UploadOutcome> UploadAsync(UploadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        UploadIds.Validate(request);
        var name = FileNames.Safe(request.File.Name);
        var type = FileTypes.FromName(name);
        if (type is null || !request.AcceptedKinds.Contains(type.Kind))
        {
            LogRefused(logger, request.ProjectId, request.ItemId, name, UploadProblem.TypeNotAllowed);
            return new UploadOutcome(UploadProblem.TypeNotAllowed, null, Kind: type?.Kind);
        }

        var limit = options.Value.LimitFor(type.Kind);
        var key = DeliverableRecord.KeyFor(request.CampaignId, request.UnitId);

        // A retried delivery of the same activity must not download again.
        DeliverableRecord? record;
        try
        {
            record = await documents.GetAsync<DeliverableRecord>(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsStorageFailure(e, cancellationToken))
        {
            LogStorageFailed(logger, request.ProjectId, request.ItemId, e);
            return new UploadOutcome(UploadProblem.StorageUnavailable, null, Kind: type.Kind, Limit: limit);
        }

        if (Existing(record, request) is { } earlier)
        {
            return new UploadOutcome(UploadProblem.None, earlier, Duplicate: true, type.Kind, limit);
        }

        var version = NextVersion(record, request.ItemId);
        var path = StorageKeys.ValidatePath(
            $"deliverables/{request.CampaignId}/{request.UnitId}/{request.ItemId}/v{version}-{Guid.NewGuid():N}{type.Extension}");
        var uploadedAt = time.GetUtcNow();
        var metadata = Metadata(request, name, type, uploadedAt, version);
        var screened = await screening.StoreAsync(request.File.Source, type, limit, path, metadata, cancellationToken).ConfigureAwait(false);
        if (!screened.Stored)
        {
            LogRefused(logger, request.ProjectId, request.ItemId, name, screened.Problem);
            return new UploadOutcome(screened.Problem, null, Kind: type.Kind, Limit: limit);
        }

        var stored = new DeliverableVersion(
            version, path, name, screened.Length, screened.Sha256, type.ContentType, request.UploaderId, uploadedAt, request.Late, request.ActivityKey);
        try
        {
            var outcome = await RecordAsync(key, request, stored, metadata, screened, cancellationToken).ConfigureAwait(false);
            if (outcome.Duplicate)
            {
                // Another delivery of the same activity recorded first: ours is surplus.
                await screening.DeleteQuietlyAsync(path).ConfigureAwait(false);
            }
            else
            {
                LogStored(logger, request.ProjectId, request.ItemId, outcome.Version!.Version, screened.Length, path);
            }

            return outcome with { Kind = type.Kind, Limit = limit };
        }
        catch (Exception e)
        {
            await screening.DeleteQuietlyAsync(path).ConfigureAwait(false);
            if (!IsStorageFailure(e, cancellationToken))
            {
                throw;
            }

            LogStorageFailed(logger, request.ProjectId, request.ItemId, e);
            return new UploadOutcome(UploadProblem.StorageUnavailable, null, Kind: type.Kind, Limit: limit);
        }
    }

    /// <summary>
    /// Adds the version under ETag concurrency. When another upload of the item took the planned
    /// number meanwhile, the stored file's metadata is renumbered first and the write tried again,
    /// so record and metadata always agree (the path keeps the number planned; it is only a name).
    /// </summary>
    private async Task<UploadOutcome> RecordAsync(
        string key, UploadRequest request, DeliverableVersion stored, Dictionary<string, string> metadata, ScreenedFile screened, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                DeliverableVersion? winner = null;
                await documents.UpdateAsync<DeliverableRecord>(
                    key,
                    current =>
                    {
                        var record = current ?? new DeliverableRecord { ProjectId = request.ProjectId };
                        winner = Existing(record, request);
                        if (winner is not null)
                        {
                            return record;
                        }

                        var next = NextVersion(record, request.ItemId);
                        if (next != stored.Version)
                        {
                            throw new VersionTakenException(next);
                        }

                        if (!record.Items.TryGetValue(request.ItemId, out var versions))
                        {
                            record.Items[request.ItemId] = versions = [];
                        }

                        versions.Add(stored);
                        return record;
                    },
                    cancellationToken).ConfigureAwait(false);
                return winner is null ? new UploadOutcome(UploadProblem.None, stored) : new UploadOutcome(UploadProblem.None, winner, Duplicate: true);
            }
            catch (VersionTakenException taken) when (attempt < MaxRenumbering)
            {
                stored = stored with { Version = taken.Next };
                metadata["version"] = taken.Next.ToString(CultureInfo.InvariantCulture);
                metadata["size"] = screened.Length.ToString(CultureInfo.InvariantCulture);
                metadata["sha256"] = screened.Sha256;
                await files.SetMetadataAsync(stored.StoredPath, metadata, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static DeliverableVersion? Existing(DeliverableRecord? record, UploadRequest request) =>
        record?.Versions(request.ItemId).FirstOrDefault(v => string.Equals(v.ActivityKey, request.ActivityKey, StringComparison.Ordinal));

    private static int NextVersion(DeliverableRecord? record, string itemId) =>
        (record?.Versions(itemId).Select(v => v.Version).DefaultIfEmpty(0).Max() ?? 0) + 1;

    private static Dictionary<string, string> Metadata(UploadRequest request, string name, FileType type, DateTimeOffset uploadedAt, int version) =>
        new(StringComparer.Ordinal)
        {
            ["project"] = request.ProjectId,
            ["item"] = request.ItemId,
            ["uploader"] = request.UploaderId,
            ["uploadedAt"] = uploadedAt.ToString("O", CultureInfo.InvariantCulture),
            ["contentType"] = type.ContentType,
            ["originalName"] = name,
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>Storage said no (outage, conflicts beyond the retries, a backend error); not the caller's cancellation.</summary>
    private static bool IsStorageFailure(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested)
        && e is not (ArgumentException and not StorageKeyException);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored deliverable {ProjectId}/{ItemId} v{Version} ({Size} bytes) at {Path}")]
    private static partial void LogStored(ILogger logger, string projectId, string itemId, int version, long size, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused deliverable {ProjectId}/{ItemId} '{Name}': {Problem}")]
    private static partial void LogRefused(ILogger logger, string projectId, string itemId, string name, UploadProblem problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording deliverable {ProjectId}/{ItemId} failed; nothing kept")]
    private static partial void LogStorageFailed(ILogger logger, string projectId, string itemId, Exception exception);

    /// <summary>Aborts a record update whose planned version number was taken meanwhile.</summary>
    private sealed class VersionTakenException(int next) : Exception("The planned version number was taken.")
    {
        public int Next { get; } = next;
    }
}
