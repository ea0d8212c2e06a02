using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>
/// What every <see cref="IFileStore"/> backend promises, inherited by each backend's test class.
/// Paths start with a per-test folder, so tests sharing a store never collide.
/// </summary>
public abstract class FileStoreContract
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private const long MaxHeapGrowth = 48L * 1024 * 1024;

    private readonly string folder = "t" + Guid.NewGuid().ToString("N");

    protected abstract IFileStore Store { get; }

    [Fact]
    public async Task Save_RoundTripsContentAndChineseMetadata()
    {
        var path = Path("forms/form.docx");
        var content = Encoding.UTF8.GetBytes("晋中学院 党总支 申报书 🎉");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FileName"] = "晋中学院 党总支/申报书 🎉.docx",
            ["UploadedBy"] = "张三 <zhang@example.com>",
            ["Escapes"] = "100% a+b=c&d?e#f %E4%B8%AD",
            ["Empty"] = "",
        };

        var saved = await SaveAsync(path, content, metadata);
        var info = await Store.GetInfoAsync(path);

        Assert.Equal(content.Length, saved.Length);
        Assert.NotNull(info);
        Assert.Equal(path, info.Path);
        Assert.Equal(content.Length, info.Length);
        Assert.Equal(metadata.OrderBy(p => p.Key, StringComparer.Ordinal), info.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(content, await ReadAllAsync(path));
    }

    [Fact]
    public async Task MissingFile_ReadsAsNull_AndDeletesAsFalse()
    {
        var path = Path("missing.bin");

        Assert.Null(await Store.OpenReadAsync(path));
        Assert.Null(await Store.GetInfoAsync(path));
        Assert.False(await Store.DeleteAsync(path));
    }

    [Fact]
    public async Task Save_Overwrites_ContentAndMetadata()
    {
        var path = Path("same.txt");
        await SaveAsync(path, Encoding.UTF8.GetBytes("a much longer first version"), new Dictionary<string, string> { ["Version"] = "1", ["Old"] = "旧" });

        await SaveAsync(path, Encoding.UTF8.GetBytes("v2"), new Dictionary<string, string> { ["Version"] = "2" });

        var info = await Store.GetInfoAsync(path);
        Assert.NotNull(info);
        Assert.Equal(2, info.Length);
        Assert.Equal(new Dictionary<string, string> { ["Version"] = "2" }, info.Metadata);
        Assert.Equal("v2"u8.ToArray(), await ReadAllAsync(path));
    }

    [Fact]
    public async Task SetMetadata_ReplacesMetadata_AndKeepsContent()
    {
        var path = Path("later.txt");
        await SaveAsync(path, "内容"u8.ToArray(), new Dictionary<string, string> { ["Old"] = "1" });

        Assert.True(await Store.SetMetadataAsync(path, new Dictionary<string, string> { ["Sha256"] = "ab", ["Name"] = "申报书.pdf" }));

        var info = await Store.GetInfoAsync(path);
        Assert.NotNull(info);
        Assert.Equal(new Dictionary<string, string> { ["Sha256"] = "ab", ["Name"] = "申报书.pdf" }, info.Metadata);
        Assert.Equal("内容"u8.ToArray(), await ReadAllAsync(path));
        Assert.False(await Store.SetMetadataAsync(Path("missing.txt"), new Dictionary<string, string>()));
    }

    [Fact]
    public async Task Delete_RemovesFile()
    {
        var path = Path("gone.txt");
        await SaveAsync(path, [1, 2, 3], new Dictionary<string, string>());

        Assert.True(await Store.DeleteAsync(path));
        Assert.Null(await Store.OpenReadAsync(path));
        Assert.Null(await Store.GetInfoAsync(path));
        Assert.False(await Store.DeleteAsync(path));
    }

    [Fact]
    public async Task Save_StoresEmptyFile()
    {
        var path = Path("empty");
        var saved = await SaveAsync(path, [], new Dictionary<string, string>());

        Assert.Equal(0, saved.Length);
        Assert.Equal(0, (await Store.GetInfoAsync(path))?.Length);
        Assert.Empty(await ReadAllAsync(path));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("./x")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("..")]
    [InlineData("a\\..\\x")]
    [InlineData("申报书.docx")]
    [InlineData("a b")]
    [InlineData("")]
    public async Task Paths_AreRejected_WhenTheyCouldEscapeOrAreNotPlain(string path)
    {
        using var content = new MemoryStream([1]);

        await Assert.ThrowsAsync<StorageKeyException>(() => Store.SaveAsync(path, content, new Dictionary<string, string>()));
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.OpenReadAsync(path));
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.GetInfoAsync(path));
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.DeleteAsync(path));
    }

    /// <summary>
    /// 100 MB in and out through a generator that never holds more than the caller's buffer: if the
    /// store buffered the whole file, the heap would grow by at least 100 MB.
    /// </summary>
    [Fact]
    public async Task Save_And_OpenRead_Stream100Megabytes_WithoutHoldingThemInMemory()
    {
        var path = Path("big/upload.bin");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        void Sample() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));

        byte[] writtenHash;
        StoredFile saved;
        using (var source = new PseudoRandomStream(HundredMegabytes, seed: 20240611, onRead: Sample))
        {
            saved = await Store.SaveAsync(path, source, new Dictionary<string, string> { ["FileName"] = "大文件.bin" });
            Assert.Equal(HundredMegabytes, source.Produced);
            writtenHash = source.Hash();
        }

        Assert.Equal(HundredMegabytes, saved.Length);
        Assert.Equal(HundredMegabytes, (await Store.GetInfoAsync(path))?.Length);

        long readLength = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var stream = await Store.OpenReadAsync(path);
        Assert.NotNull(stream);
        await using (stream)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                readLength += read;
                Sample();
            }
        }

        Assert.Equal(HundredMegabytes, readLength);
        Assert.Equal(Convert.ToHexString(writtenHash), Convert.ToHexString(hash.GetHashAndReset()));
        var growth = peak - baseline;
        Assert.True(growth < MaxHeapGrowth, $"The managed heap grew by {growth / (1024 * 1024)} MB while streaming 100 MB (limit {MaxHeapGrowth / (1024 * 1024)} MB).");
        Assert.True(await Store.DeleteAsync(path));
    }

    private string Path(string name) => folder + "/" + name;

    private async Task<StoredFile> SaveAsync(string path, byte[] content, IReadOnlyDictionary<string, string> metadata)
    {
        using var stream = new MemoryStream(content);
        return await Store.SaveAsync(path, stream, metadata);
    }

    private async Task<byte[]> ReadAllAsync(string path)
    {
        var stream = await Store.OpenReadAsync(path);
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    /// <summary>
    /// A non-seekable stream of deterministic pseudo-random bytes (xorshift64*), produced straight
    /// into the reader's buffer and hashed on the way, so it allocates nothing per read.
    /// </summary>
    private sealed class PseudoRandomStream(long length, ulong seed, Action onRead) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private ulong state = seed | 1;
        private ulong word;
        private int wordBytesLeft;

        public long Produced { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Produced;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => hash.GetHashAndReset();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            onRead();
            var count = (int)Math.Min(buffer.Length, length - Produced);
            var target = buffer[..count];
            for (var i = 0; i < target.Length; i++)
            {
                if (wordBytesLeft == 0)
                {
                    state ^= state >> 12;
                    state ^= state << 25;
                    state ^= state >> 27;
                    word = state * 0x2545F4914F6CDD1DUL;
                    wordBytesLeft = 8;
                }

                target[i] = (byte)word;
                word >>= 8;
                wordBytesLeft--;
            }

            hash.AppendData(target);
            Produced += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

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
    }
}
