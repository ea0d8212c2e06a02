using System.Buffers.Binary;
using System.Text;

namespace DualCreationBot.Services.Files;

/// <summary>The magic bytes that open each allowed format.</summary>
internal enum FileSignature
{
    Pdf,
    OfficeOpenXml,
    Ole2,
    Jpeg,
    Png,
    Mp4,
    QuickTime,
}

/// <summary>
/// Checks a file's first bytes against the format its extension claims, so an executable renamed
/// to .pdf, or a plain zip renamed to .docx, is refused before anything is stored.
/// </summary>
internal static class FileSignatures
{
    /// <summary>How many leading bytes are read before deciding: enough for a zip's first entry name.</summary>
    public const int HeadLength = 512;

    private const int ZipLocalHeaderLength = 30;

    private static ReadOnlySpan<byte> Ole2Magic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] OfficeOpenXmlParts = ["_rels/", "docProps/", "word/", "xl/", "ppt/"];

    public static bool Matches(FileSignature signature, ReadOnlySpan<byte> head) => signature switch
    {
        FileSignature.Pdf => head.StartsWith("%PDF-"u8),
        FileSignature.OfficeOpenXml => IsOfficeOpenXml(head),
        FileSignature.Ole2 => head.StartsWith(Ole2Magic),
        FileSignature.Jpeg => head.StartsWith(JpegMagic),
        FileSignature.Png => head.StartsWith(PngMagic),
        FileSignature.Mp4 => BoxType(head) is "ftyp",
        FileSignature.QuickTime => BoxType(head) is "ftyp" or "moov" or "mdat" or "wide" or "free",
        _ => false,
    };

    /// <summary>
    /// OOXML is a zip whose first entry is one of the package's own parts. Checking the entry name
    /// (from the local file header) tells a Word document from any other zip given a .docx name.
    /// </summary>
    private static bool IsOfficeOpenXml(ReadOnlySpan<byte> head)
    {
        if (head.Length < ZipLocalHeaderLength || !head.StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(head[26..]);
        if (nameLength == 0 || head.Length < ZipLocalHeaderLength + nameLength)
        {
            return false;
        }

        var name = Encoding.ASCII.GetString(head.Slice(ZipLocalHeaderLength, nameLength));
        return name == "[Content_Types].xml"
            || OfficeOpenXmlParts.Any(part => name.StartsWith(part, StringComparison.Ordinal));
    }

    /// <summary>ISO base media files (mp4, mov) start with a box: 4 bytes of size, then 4 of type.</summary>
    private static string? BoxType(ReadOnlySpan<byte> head) =>
        head.Length >= 8 ? Encoding.ASCII.GetString(head[4..8]) : null;
}
