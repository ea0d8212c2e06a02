using DualCreationBot.Services.Storage;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>
/// What every <see cref="IDocumentStore"/> backend promises. Each backend's test class inherits
/// these tests, so the embedded default and production behave the same. Keys start with a
/// per-test prefix, so tests sharing a store never see each other's documents.
/// </summary>
public abstract class DocumentStoreContract
{
    private readonly string prefix = "t" + Guid.NewGuid().ToString("N") + "/";

    protected abstract IDocumentStore Store { get; }

    [Fact]
    public async Task Read_ReturnsNull_WhenKeyIsMissing()
    {
        Assert.Null(await Store.ReadAsync(Key("missing")));
    }

    [Fact]
    public async Task Write_RoundTrips_AndChangesETag()
    {
        var key = Key("doc");
        var first = await Store.WriteAsync(key, """{"v":1}""", WriteCondition.CreateOnly);
        var read = await Store.ReadAsync(key);
        Assert.Equal(new StoredDocument(key, """{"v":1}""", first), read);

        var second = await Store.WriteAsync(key, """{"v":2}""", WriteCondition.IfMatch(first));
        Assert.NotEqual(first, second);
        Assert.Equal(new StoredDocument(key, """{"v":2}""", second), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_Always_OverwritesWhateverIsStored()
    {
        var key = Key("always");
        await Store.WriteAsync(key, "1", WriteCondition.Always);
        var etag = await Store.WriteAsync(key, "2", WriteCondition.Always);
        Assert.Equal(new StoredDocument(key, "2", etag), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_Conflicts_WhenETagIsStale()
    {
        var key = Key("stale");
        var etag = await Store.WriteAsync(key, "0", WriteCondition.CreateOnly);

        // Two writers read the same version; the second one to write must lose.
        var winner = await Store.WriteAsync(key, "a", WriteCondition.IfMatch(etag));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.WriteAsync(key, "b", WriteCondition.IfMatch(etag)));

        Assert.Equal(key, conflict.Key);
        Assert.Equal(new StoredDocument(key, "a", winner), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_LetsExactlyOneOfManyParallelWritersWin_WhenTheyShareAnETag()
    {
        const int Writers = 20;
        var key = Key("race");
        var etag = await Store.WriteAsync(key, "start", WriteCondition.CreateOnly);
        using var go = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            go.Wait();
            try
            {
                return (Writer: i, ETag: await Store.WriteAsync(key, $"writer {i}", WriteCondition.IfMatch(etag)));
            }
            catch (ConcurrencyConflictException)
            {
                return (Writer: i, ETag: (string?)null);
            }
        })).ToList();
        go.Set();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.ETag is not null);
        Assert.Equal(new StoredDocument(key, $"writer {winner.Writer}", winner.ETag!), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_LetsExactlyOneOfManyParallelCreatorsWin()
    {
        const int Writers = 20;
        var key = Key("create-race");
        using var go = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            go.Wait();
            try
            {
                await Store.WriteAsync(key, $"creator {i}", WriteCondition.CreateOnly);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })).ToList();
        go.Set();

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(won => won));
    }

    [Fact]
    public async Task Write_Conflicts_WhenCreateOnlyKeyExists()
    {
        var key = Key("exists");
        var etag = await Store.WriteAsync(key, "first", WriteCondition.CreateOnly);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.WriteAsync(key, "second", WriteCondition.CreateOnly));
        Assert.Equal(new StoredDocument(key, "first", etag), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_Conflicts_WhenIfMatchKeyWasDeleted()
    {
        var key = Key("deleted");
        var etag = await Store.WriteAsync(key, "x", WriteCondition.CreateOnly);
        Assert.True(await Store.DeleteAsync(key));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.WriteAsync(key, "y", WriteCondition.IfMatch(etag)));
        Assert.Null(await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Write_Conflicts_WhenIfMatchKeyNeverExisted()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.WriteAsync(Key("never"), "y", WriteCondition.IfMatch("\"0x8D000000000000\"")));
    }

    [Fact]
    public async Task Delete_RemovesDocument_WithoutETag()
    {
        var key = Key("del");
        await Store.WriteAsync(key, "x", WriteCondition.CreateOnly);

        Assert.True(await Store.DeleteAsync(key));
        Assert.Null(await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Delete_RemovesDocument_WithCurrentETag()
    {
        var key = Key("del-etag");
        var etag = await Store.WriteAsync(key, "x", WriteCondition.CreateOnly);

        Assert.True(await Store.DeleteAsync(key, etag));
        Assert.Null(await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Delete_Conflicts_WhenETagIsStale()
    {
        var key = Key("del-stale");
        var stale = await Store.WriteAsync(key, "x", WriteCondition.CreateOnly);
        var current = await Store.WriteAsync(key, "y", WriteCondition.IfMatch(stale));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeleteAsync(key, stale));
        Assert.Equal(new StoredDocument(key, "y", current), await Store.ReadAsync(key));
    }

    [Fact]
    public async Task Delete_ReturnsFalse_WhenKeyIsMissing()
    {
        Assert.False(await Store.DeleteAsync(Key("nothing")));
        Assert.False(await Store.DeleteAsync(Key("nothing"), "\"0x8D000000000000\""));
    }

    [Fact]
    public async Task Write_RoundTripsFiveMegabyteDocument()
    {
        var key = Key("big");
        var content = "[" + string.Join(',', Enumerable.Range(0, 5 * 1024 * 1024 / 14).Select(i => $"\"{i:x12}\"")) + "]";
        Assert.True(content.Length >= 5 * 1024 * 1024);

        var etag = await Store.WriteAsync(key, content, WriteCondition.CreateOnly);
        var read = await Store.ReadAsync(key);

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(content.Length, read.Content.Length);
        Assert.True(string.Equals(content, read.Content, StringComparison.Ordinal), "The 5 MB document came back different.");
    }

    [Fact]
    public async Task Write_RoundTripsChineseKeysAndContent()
    {
        var key = Key("项目/晋中学院 党总支/申报书");
        const string Content = """{"标题":"中文 申报书 🎉","说明":"含 emoji 👩‍🎓 与引号 \" 和 \\ 以及 %20 + & ? #"}""";

        var etag = await Store.WriteAsync(key, Content, WriteCondition.CreateOnly);

        Assert.Equal(new StoredDocument(key, Content, etag), await Store.ReadAsync(key));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a b")]
    [InlineData("a:b", "a%3Ab")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("x/./y", "x/y")]
    [InlineData("x/../y", "y")]
    [InlineData("x.", "x")]
    [InlineData("x//y", "x/y")]
    [InlineData("x/", "x")]
    [InlineData("Case", "case")]
    [InlineData("中", "%E4%B8%AD")]
    public async Task Keys_StayDistinct_WhenTheyLookAlikeOnceEscaped(string first, string second)
    {
        await Store.WriteAsync(Key(first), "first", WriteCondition.CreateOnly);
        await Store.WriteAsync(Key(second), "second", WriteCondition.CreateOnly);

        Assert.Equal("first", (await Store.ReadAsync(Key(first)))?.Content);
        Assert.Equal("second", (await Store.ReadAsync(Key(second)))?.Content);
    }

    [Theory]
    [InlineData("中")]
    [InlineData("😀")]
    [InlineData("a")]
    [InlineData("?#%:")]
    public async Task Write_RoundTripsKeysOfMaximumLength(string unit)
    {
        var key = prefix + string.Concat(Enumerable.Repeat(unit, StorageKeys.MaxKeyLength))[..(StorageKeys.MaxKeyLength - prefix.Length)];
        Assert.Equal(StorageKeys.MaxKeyLength, key.Length);

        var etag = await Store.WriteAsync(key, "long", WriteCondition.CreateOnly);

        Assert.Equal(new StoredDocument(key, "long", etag), await Store.ReadAsync(key));
        Assert.True(await Store.DeleteAsync(key, etag));
    }

    public static TheoryData<string> InvalidKeys => new() { "", "   ", "line\nbreak", "nul\0", new string('k', StorageKeys.MaxKeyLength + 1) };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task Keys_AreRejected_WhenInvalid(string invalid)
    {
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.ReadAsync(invalid));
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.WriteAsync(invalid, "x", WriteCondition.Always));
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.DeleteAsync(invalid));
    }

    [Fact]
    public async Task Ping_ReturnsTrue_WhenBackendIsUp()
    {
        Assert.True(await Store.PingAsync());
    }

    private string Key(string name) => prefix + name;
}
