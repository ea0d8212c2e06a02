using System.Security.Cryptography;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Files;

/// <summary>Where a file sent in the chat can be read from: a <c>data:</c> URL or an http(s) URL.</summary>
public sealed record IncomingFile(string Name, string? ContentType, Uri Source);

public enum IntakeProblem
{
    None,
    TypeNotAllowed,
    TooLarge,
    Empty,
    Unreachable,
}

public sealed record IntakeResult(IntakeProblem Problem, string Name, string Path, long Size, string ContentType, string Sha256)
{
    public bool Succeeded => Problem == IntakeProblem.None;
}

/// <summary>Downloads a file sent in the chat, streaming it into the file store with its SHA-256.</summary>
public interface IFileIntake
{
    /// <summary>Stores <paramref name="file"/> under <paramref name="folder"/> with a generated name; the original name is kept as metadata.</summary>
    Task<IntakeResult> StoreAsync(IncomingFile file, string folder, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Reads a small file (a roster) into memory; null when it cannot be fetched or exceeds <paramref name="maxBytes"/>.</summary>
    Task<Stream?> ReadSmallAsync(Uri source, long maxBytes, CancellationToken cancellationToken = default);
}

internal sealed class FileIntake(IFileStore files, IHttpClientFactory http) : IFileIntake
{
    public const string HttpClientName = "file-intake";

    /// <summary>Documents, spreadsheets, presentations, images and video (the brief's kinds).</summary>
    private static readonly HashSet<string> AllowedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".doc", ".docx", ".pdf", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".mp4", ".mov",
    };

    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    public async Task<IntakeResult> StoreAsync(IncomingFile file, string folder, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(metadata);
        var name = SafeName(file.Name);
        var extension = System.IO.Path.GetExtension(name);
        var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
        if (!AllowedExtensions.Contains(extension))
        {
            return Fail(IntakeProblem.TypeNotAllowed, name);
        }

        var path = folder.TrimEnd('/') + "/" + Guid.NewGuid().ToString("N") + extension.ToLowerInvariant();
        Stream source;
        HttpResponseMessage? response = null;
        try
        {
            if (DataUrl.TryOpen(file.Source, out var data))
            {
                source = data;
            }
            else
            {
                response = await http.CreateClient(HttpClientName).GetAsync(file.Source, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return Fail(IntakeProblem.Unreachable, name);
                }

                source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException or NotSupportedException)
        {
            response?.Dispose();
            return Fail(IntakeProblem.Unreachable, name);
        }

        using (response)
        await using (source.ConfigureAwait(false))
        await using (var counted = new LimitedHashingStream(source, MaxBytes))
        {
            var stored = new Dictionary<string, string>(metadata, StringComparer.Ordinal) { ["originalName"] = name };
            try
            {
                await files.SaveAsync(path, counted, stored, cancellationToken).ConfigureAwait(false);
            }
            catch (FileTooLargeException)
            {
                await files.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
                return Fail(IntakeProblem.TooLarge, name);
            }
            catch (HttpRequestException)
            {
                await files.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
                return Fail(IntakeProblem.Unreachable, name);
            }

            if (counted.Length == 0)
            {
                await files.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
                return Fail(IntakeProblem.Empty, name);
            }

            return new IntakeResult(IntakeProblem.None, name, path, counted.Length, contentType, counted.Sha256Hex());
        }
    }

    public async Task<Stream?> ReadSmallAsync(Uri source, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            if (DataUrl.TryOpen(source, out var data))
            {
                return data.Length <= maxBytes ? data : null;
            }

            using var response = await http.CreateClient(HttpClientName).GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var copy = new MemoryStream();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using var limited = new LimitedHashingStream(body, maxBytes);
            await limited.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            return copy;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException or FileTooLargeException)
        {
            return null;
        }
    }

    /// <summary>The file name without any folder part or control characters; stored names are generated anyway.</summary>
    internal static string SafeName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim().TrimStart('.');
        return clean.Length == 0 ? "file" : clean[..Math.Min(clean.Length, 120)];
    }

    private static IntakeResult Fail(IntakeProblem problem, string name) => new(problem, name, string.Empty, 0, string.Empty, string.Empty);

    /// <summary>Reads through, counting and hashing, and stops with <see cref="FileTooLargeException"/> past the limit.</summary>
    private sealed class LimitedHashingStream(Stream inner, long limit) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => Position;

        public override long Position { get; set; }

        public string Sha256Hex() => Convert.ToHexStringLower(hash.GetCurrentHash());

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            Account(buffer[..read]);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            Account(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Account(ReadOnlySpan<byte> data)
        {
            Position += data.Length;
            if (Position > limit)
            {
                throw new FileTooLargeException();
            }

            hash.AppendData(data);
        }
    }
}

/// <summary>Reading stopped at the size limit; nothing is kept.</summary>
public sealed class FileTooLargeException() : IOException("The file is larger than allowed.");

/// <summary>Opens <c>data:[type][;base64],payload</c> URLs, as the Emulator and Web Chat send small files.</summary>
internal static class DataUrl
{
    public static bool TryOpen(Uri source, out Stream content)
    {
        content = Stream.Null;
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

        var header = text[5..comma];
        var payload = text[(comma + 1)..];
        content = header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
            ? new MemoryStream(Convert.FromBase64String(payload))
            : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload)));
        return true;
    }
}
