using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace DualCreationBot.Services.Storage.Blob;

/// <summary>
/// Production file content: one block blob per path. Uploads go in 4 MiB blocks, two at a time,
/// committed at the end, so a large file never sits whole in memory and readers never see half of it.
/// </summary>
internal sealed class BlobFileStore(BlobContainerClient container) : IFileStore
{
    private const int BlockSize = 4 * 1024 * 1024;

    private readonly BlobContainerInitializer initializer = new(container ?? throw new ArgumentNullException(nameof(container)));

    public async Task<StoredFile> SaveAsync(string path, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(StorageKeys.ValidatePath(path));
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var encoded = EncodeMetadata(metadata);
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // Counting on the way through spares a second request for the length; the wrapper is not
        // seekable, so the SDK reads the source exactly once and buffers each block for its retries.
        var counting = new CountingReadStream(content);
        await using (counting.ConfigureAwait(false))
        {
            var options = new BlobUploadOptions
            {
                Metadata = encoded,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
                TransferOptions = new StorageTransferOptions
                {
                    InitialTransferSize = BlockSize,
                    MaximumTransferSize = BlockSize,
                    MaximumConcurrency = 2,
                },
            };
            await blob.UploadAsync(counting, options, cancellationToken).ConfigureAwait(false);
            return new StoredFile(path, counting.BytesRead, new Dictionary<string, string>(metadata, StringComparer.Ordinal));
        }
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(StorageKeys.ValidatePath(path));
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // allowModifications: false pins the ETag read first, so a concurrent overwrite makes
            // the reader fail instead of splicing two versions of the file together.
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = BlockSize }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredFile?> GetInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(StorageKeys.ValidatePath(path));
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return new StoredFile(path, properties.ContentLength, DecodeMetadata(properties.Metadata));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> SetMetadataAsync(string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(StorageKeys.ValidatePath(path));
        ArgumentNullException.ThrowIfNull(metadata);
        var encoded = EncodeMetadata(metadata);
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await blob.SetMetadataAsync(encoded, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(StorageKeys.ValidatePath(path));
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>
    /// Blob metadata travels as HTTP headers: names must be C# identifiers (and are compared
    /// ignoring case), values ASCII. Values are percent-escaped so any Unicode text (a Chinese
    /// file name) survives the trip.
    /// </summary>
    internal static Dictionary<string, string> EncodeMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        var encoded = new Dictionary<string, string>(metadata.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in metadata)
        {
            if (!IsMetadataName(name))
            {
                throw new StorageKeyException($"Invalid metadata name '{name}': use letters, digits and '_', not starting with a digit.");
            }

            ArgumentNullException.ThrowIfNull(value, nameof(metadata));
            if (!encoded.TryAdd(name, Uri.EscapeDataString(value)))
            {
                throw new StorageKeyException($"Metadata name '{name}' appears twice (names ignore case).");
            }
        }

        return encoded;
    }

    internal static Dictionary<string, string> DecodeMetadata(IDictionary<string, string> metadata)
    {
        var decoded = new Dictionary<string, string>(metadata.Count, StringComparer.Ordinal);
        foreach (var (name, value) in metadata)
        {
            decoded[name] = Uri.UnescapeDataString(value);
        }

        return decoded;
    }

    private static bool IsMetadataName(string name) =>
        name.Length > 0
        && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// A read-only, forward-only view of a stream that counts the bytes read through it.
    /// Disposing it leaves the inner stream open: that belongs to the caller.
    /// </summary>
    private sealed class CountingReadStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Counted(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
