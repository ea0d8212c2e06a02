namespace DualCreationBot.Services.Storage;

/// <summary>The rules every backend applies to keys and file paths, so all behave alike.</summary>
public static class StorageKeys
{
    public const int MaxKeyLength = 400;

    /// <summary>Checks a document key: 1–400 characters, no control characters.</summary>
    public static string Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            throw new StorageKeyException($"Invalid document key '{key}'.");
        }

        return key;
    }

    /// <summary>
    /// Checks a file path: relative, '/'-separated segments of letters, digits, '.', '-' and '_',
    /// none of them '.' or '..'. Callers generate stored names; user-given names are metadata only.
    /// </summary>
    public static string ValidatePath(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > MaxKeyLength)
        {
            throw new StorageKeyException("Invalid file path.");
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or ".." || !segment.All(IsPathChar))
            {
                throw new StorageKeyException($"Invalid file path '{path}'.");
            }
        }

        return path;
    }

    private static bool IsPathChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
