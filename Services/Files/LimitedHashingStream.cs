using System.Security.Cryptography;

namespace DualCreationBot.Services.Files;

/// <summary>
/// Reads through, counting and hashing (SHA-256), and stops with <see cref="FileTooLargeException"/>
/// on the read that passes the limit. It remembers whether a failure came from the source (the
/// download broke) rather than from whoever reads it (the store), so the two are reported apart.
/// </summary>
internal sealed class LimitedHashingStream(Stream inner, long limit) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => Position;

    public override long Position { get; set; }

    /// <summary>Reading went past the limit; the content must be discarded.</summary>
    public bool ExceededLimit { get; private set; }

    /// <summary>What the source threw while being read, if anything.</summary>
    public Exception? SourceFailure { get; private set; }

    public string Sha256Hex() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (Exception e)
        {
            SourceFailure = e;
            throw;
        }

        Account(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            SourceFailure = e;
            throw;
        }

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
            ExceededLimit = true;
            throw new FileTooLargeException();
        }

        hash.AppendData(data);
    }
}

/// <summary>Reading stopped at the size limit; nothing is kept.</summary>
public sealed class FileTooLargeException() : IOException("The file is larger than allowed.");

/// <summary>
/// The bytes already read to check the signature, then the rest of the source: the store sees the
/// whole file, read once, while only the head was ever held.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> remainingHead = head;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) =>
        remainingHead.IsEmpty ? rest.Read(buffer) : TakeHead(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        remainingHead.IsEmpty ? rest.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(TakeHead(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakeHead(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, remainingHead.Length);
        remainingHead.Span[..count].CopyTo(buffer);
        remainingHead = remainingHead[count..];
        return count;
    }
}
