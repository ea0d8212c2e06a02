using System.Security.Cryptography;
using System.Text;

namespace DualCreationBot.Services.Files;

/// <summary>Opens <c>data:[type][;base64],payload</c> URLs, as the Emulator and Web Chat send small files.</summary>
internal static class DataUrl
{
    /// <summary>
    /// Opens the payload as a stream; base64 is decoded as it is read, so the decoded file is never
    /// held beside the URL text. <paramref name="length"/> is the decoded size when it can be told
    /// from the text alone, so a file over the limit can be refused before reading.
    /// </summary>
    public static bool TryOpen(Uri source, out Stream content, out long? length)
    {
        content = Stream.Null;
        length = null;
        if (!string.Equals(source.Scheme, "data", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var text = source.OriginalString;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            throw new FormatException("A data URL needs a comma.");
        }

        var header = text.AsSpan(5, comma - 5);
        var payload = text.AsSpan(comma + 1);
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            // Whitespace (allowed, rare) would make the count from the text too high: then say nothing.
            length = payload.ContainsAny(" \r\n\t") ? null : (payload.Length / 4 * 3) - (payload.Length - payload.TrimEnd('=').Length);
            content = new CryptoStream(
                new MemoryStream(Encoding.ASCII.GetBytes(payload.ToString())),
                new FromBase64Transform(FromBase64TransformMode.IgnoreWhiteSpaces),
                CryptoStreamMode.Read);
        }
        else
        {
            var bytes = Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload.ToString()));
            length = bytes.Length;
            content = new MemoryStream(bytes);
        }

        return true;
    }
}
