using System.ComponentModel.DataAnnotations;

namespace DualCreationBot.Services.Storage;

/// <summary>Which backend holds documents and files, and where. Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (embedded default) or <see cref="StorageProvider.AzureBlob"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the SQLite file and of stored files when <see cref="Provider"/> is Sqlite.</summary>
    [Required]
    public string DataFolder { get; set; } = "./data";

    [Required]
    [RegularExpression(@"^[A-Za-z0-9._-]+$")]
    public string SqliteFileName { get; set; } = "dualcreation.db";

    /// <summary>
    /// SQLite durability: false (default) keeps every write across crashes of the bot, true also
    /// across power loss of the machine, at the price of a disk flush per write.
    /// </summary>
    public bool SqliteFullSync { get; set; }

    /// <summary>Azure Storage connection string when <see cref="Provider"/> is AzureBlob. Never committed.</summary>
    public string? BlobConnectionString { get; set; }

    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string DocumentsContainer { get; set; } = "documents";

    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string FilesContainer { get; set; } = "files";
}

public enum StorageProvider
{
    Sqlite,
    AzureBlob,
}
