using System.IO.Compression;
using System.Text;

namespace DualCreationBot.Tests.Services.Deliverables.Upload;

/// <summary>Small files with the real magic bytes of each format (and some impostors).</summary>
internal static class TestFiles
{
    public static byte[] Pdf(int size = 3000) => Pad("%PDF-1.7\n支部工作总结\n"u8, size);

    public static byte[] Png(int size = 2000) => Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Jpeg(int size = 2000) => Pad([0xFF, 0xD8, 0xFF, 0xE0], size);

    public static byte[] Mp4(int size = 5000) => Pad([0, 0, 0, 0x18, .. "ftypisom"u8], size);

    public static byte[] Exe(int size = 2000) => Pad("MZ\x90\0"u8, size);

    /// <summary>A minimal Word package: a zip whose first entry is [Content_Types].xml.</summary>
    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    /// <summary>An ordinary zip of notes: valid zip, not an Office document.</summary>
    public static byte[] PlainZip() => Zip(("notes.txt", "会议记录"), ("photos/readme.txt", "none"));

    public static string DataUrl(byte[] content, string type) => $"data:{type};base64,{Convert.ToBase64String(content)}";

    private static byte[] Pad(ReadOnlySpan<byte> head, int size)
    {
        var content = new byte[Math.Max(size, head.Length)];
        head.CopyTo(content);
        for (var i = head.Length; i < content.Length; i++)
        {
            content[i] = (byte)(i * 7);
        }

        return content;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
