namespace DualCreationBot.Services.Files;

/// <summary>Names users give files are kept as text only; stored paths are always generated.</summary>
internal static class FileNames
{
    private const int MaxLength = 120;

    /// <summary>
    /// The last path segment without control characters or leading dots ("../../x.pdf" gives "x.pdf"),
    /// at most 120 characters with the extension kept, since the extension decides the type.
    /// </summary>
    public static string Safe(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim().TrimStart('.').Trim();
        if (clean.Length == 0)
        {
            return "file";
        }

        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        extension = extension.Length <= 10 ? extension : string.Empty;
        return clean[..(MaxLength - extension.Length)] + extension;
    }
}
