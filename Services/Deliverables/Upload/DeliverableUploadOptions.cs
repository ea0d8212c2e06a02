using System.ComponentModel.DataAnnotations;

namespace DualCreationBot.Services.Deliverables;

/// <summary>Size limits per kind of file, for deliverables and application materials alike. Section "Uploads".</summary>
public sealed class DeliverableUploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>The download client's resilience settings (HttpStandardResilienceOptions), e.g. "Uploads:Download:Retry:Delay".</summary>
    public const string DownloadSectionName = "Uploads:Download";

    private const long Megabyte = 1024 * 1024;

    /// <summary>Word, PDF, spreadsheets, presentations.</summary>
    [Range(1L, 1024 * Megabyte)]
    public long DocumentMaxBytes { get; set; } = 50 * Megabyte;

    [Range(1L, 1024 * Megabyte)]
    public long ImageMaxBytes { get; set; } = 20 * Megabyte;

    /// <summary>The micro-video; Blob Storage takes it in blocks, so only the network bounds this.</summary>
    [Range(1L, 4096 * Megabyte)]
    public long VideoMaxBytes { get; set; } = 500 * Megabyte;

    public long LimitFor(FileKind kind) => kind switch
    {
        FileKind.Image => ImageMaxBytes,
        FileKind.Video => VideoMaxBytes,
        _ => DocumentMaxBytes,
    };
}
