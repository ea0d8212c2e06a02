using DualCreationBot.Services.Deliverables;

namespace DualCreationBot.Services.Files;

/// <summary>The one allow-list of file types the programme accepts, with the signature each must carry.</summary>
internal static class FileTypes
{
    private static readonly Dictionary<string, FileType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new(".pdf", FileKind.Document, "application/pdf", FileSignature.Pdf),
        [".docx"] = new(".docx", FileKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileSignature.OfficeOpenXml),
        [".xlsx"] = new(".xlsx", FileKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileSignature.OfficeOpenXml),
        [".pptx"] = new(".pptx", FileKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation", FileSignature.OfficeOpenXml),
        [".doc"] = new(".doc", FileKind.Document, "application/msword", FileSignature.Ole2),
        [".xls"] = new(".xls", FileKind.Document, "application/vnd.ms-excel", FileSignature.Ole2),
        [".ppt"] = new(".ppt", FileKind.Document, "application/vnd.ms-powerpoint", FileSignature.Ole2),
        [".jpg"] = new(".jpg", FileKind.Image, "image/jpeg", FileSignature.Jpeg),
        [".jpeg"] = new(".jpg", FileKind.Image, "image/jpeg", FileSignature.Jpeg),
        [".png"] = new(".png", FileKind.Image, "image/png", FileSignature.Png),
        [".mp4"] = new(".mp4", FileKind.Video, "video/mp4", FileSignature.Mp4),
        [".mov"] = new(".mov", FileKind.Video, "video/quicktime", FileSignature.QuickTime),
    };

    /// <summary>The type a (sanitised) file name claims by its extension, or null when it is not allowed.</summary>
    public static FileType? FromName(string name) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(name));
}

/// <summary>
/// An allowed type: the extension stored names get (".jpeg" is stored as ".jpg"), its size class,
/// the content type recorded (from the checked extension, never from what the channel claimed),
/// and the magic bytes its content must start with.
/// </summary>
internal sealed record FileType(string Extension, FileKind Kind, string ContentType, FileSignature Signature);
