using System.Text.Json;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Storage.Local;

/// <summary>
/// Files in a folder under the data folder, each with a small JSON sidecar for its metadata.
/// Content is copied through a fixed buffer into a temporary file and moved into place, so a
/// reader never sees half a file and a failed write leaves nothing behind.
/// </summary>
internal sealed class LocalFileStore(IOptions<StorageOptions> options) : IFileStore
{
    private const string MetadataSuffix = ".meta.json";
    private readonly string root = Path.Combine(Path.GetFullPath(options.Value.DataFolder), "files");

    public async Task<StoredFile> SaveAsync(string path, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var target = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".partial";
        try
        {
            long length;
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                await content.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
                length = file.Length;
            }

            await File.WriteAllTextAsync(temporary + MetadataSuffix, JsonSerializer.Serialize(metadata), cancellationToken).ConfigureAwait(false);
            File.Move(temporary + MetadataSuffix, target + MetadataSuffix, overwrite: true);
            File.Move(temporary, target, overwrite: true);
            return new StoredFile(path, length, new Dictionary<string, string>(metadata, StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + MetadataSuffix);
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        Stream? stream = File.Exists(target)
            ? new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public async Task<StoredFile?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        if (!File.Exists(target))
        {
            return null;
        }

        var metadata = File.Exists(target + MetadataSuffix)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(target + MetadataSuffix, cancellationToken).ConfigureAwait(false))
            : null;
        return new StoredFile(path, new FileInfo(target).Length, metadata ?? new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public async Task<bool> SetMetadataAsync(string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var target = Resolve(path);
        if (!File.Exists(target))
        {
            return false;
        }

        // Written beside and moved into place, so a reader sees the old or the new metadata, never half.
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".partial" + MetadataSuffix;
        try
        {
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(metadata), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target + MetadataSuffix, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var target = Resolve(path);
        var existed = File.Exists(target);

        // File.Delete tolerates a missing file but not a missing folder: a path under a folder
        // that was never created has nothing to delete.
        if (Directory.Exists(Path.GetDirectoryName(target)))
        {
            File.Delete(target);
            File.Delete(target + MetadataSuffix);
        }

        return Task.FromResult(existed);
    }

    private string Resolve(string path)
    {
        StorageKeys.ValidatePath(path);
        if (path.EndsWith(MetadataSuffix, StringComparison.Ordinal) || path.EndsWith(".partial", StringComparison.Ordinal))
        {
            throw new StorageKeyException($"Invalid file path '{path}'.");
        }

        return Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
    }
}
