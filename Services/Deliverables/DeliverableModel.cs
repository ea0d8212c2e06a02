using DualCreationBot.Services.Files;

namespace DualCreationBot.Services.Deliverables;

/// <summary>The size class of a file, which sets its limit (documents 50 MB, images 20 MB, video 500 MB by default).</summary>
public enum FileKind
{
    Document,
    Image,
    Video,
}

/// <summary>
/// Every deliverable a project has handed in, one document per project ("deliverables/{campaign}/{unit}"):
/// the versions of each checklist item (oldest first; re-uploads add versions, none is removed) and
/// the links given for platform items.
/// </summary>
public sealed class DeliverableRecord
{
    public string ProjectId { get; set; } = string.Empty;

    public Dictionary<string, List<DeliverableVersion>> Items { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, PlatformLink> Links { get; set; } = new(StringComparer.Ordinal);

    public static string KeyFor(string campaignId, string unitId) => $"deliverables/{campaignId}/{unitId}";

    public IReadOnlyList<DeliverableVersion> Versions(string itemId) => Items.GetValueOrDefault(itemId) ?? [];
}

/// <summary>
/// One stored upload. <see cref="ActivityKey"/> identifies the chat activity that brought it, so the
/// same activity delivered twice (channels retry) stores one version only.
/// </summary>
public sealed record DeliverableVersion(
    int Version,
    string StoredPath,
    string OriginalName,
    long Size,
    string Sha256,
    string ContentType,
    string UploaderId,
    DateTimeOffset UploadedAt,
    bool Late,
    string ActivityKey);

/// <summary>A platform given by name and address (the 新媒体平台 of the 四个一).</summary>
public sealed record PlatformLink(string Name, Uri Url, string UploaderId, DateTimeOffset GivenAt, bool Late);

/// <summary>What to upload, for which project and checklist item, and whether it is late.</summary>
public sealed record UploadRequest(
    string CampaignId,
    string UnitId,
    string ProjectId,
    string ItemId,
    string UploaderId,
    string ActivityKey,
    IncomingFile File,
    IReadOnlyCollection<FileKind> AcceptedKinds,
    bool Late);

public enum UploadProblem
{
    None,
    TooLarge,
    Empty,
    TypeNotAllowed,
    ContentMismatch,
    Unreachable,
    StorageUnavailable,
}

/// <summary>The stored version, or why nothing was stored. <see cref="Duplicate"/>: this activity was stored before.</summary>
public sealed record UploadOutcome(UploadProblem Problem, DeliverableVersion? Version, bool Duplicate = false, FileKind? Kind = null, long Limit = 0)
{
    public bool Succeeded => Problem == UploadProblem.None;
}

/// <summary>
/// The one upload pipeline for every channel: download (streamed), check size against the kind's
/// limit while reading, check the extension against the file's magic bytes, hash with SHA-256,
/// store under a generated name with metadata, and record the new version — all or nothing.
/// </summary>
public interface IUploadPipeline
{
    Task<UploadOutcome> UploadAsync(UploadRequest request, CancellationToken cancellationToken = default);
}
