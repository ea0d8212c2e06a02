using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Blob;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>The document contract against Azure Blob Storage, emulated by Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract
{
    protected override IDocumentStore Store { get; } = new BlobDocumentStore(azurite.NewContainer());

    [Theory]
    [InlineData("a/b", "a/b")]
    [InlineData("项目/晋中学院 党总支", "%E9%A1%B9%E7%9B%AE/%E6%99%8B%E4%B8%AD%E5%AD%A6%E9%99%A2%20%E5%85%9A%E6%80%BB%E6%94%AF")]
    [InlineData("a:b?c#d", "a%3Ab%3Fc%23d")]
    [InlineData("x/../y.", "x/%2E%2E/y%2E")]
    [InlineData("v1.json", "v1.json")]
    [InlineData("a//b/", "a/%/b/%")]
    public void BlobName_EscapesEachSegment(string key, string expected)
    {
        Assert.Equal(expected, BlobDocumentStore.BlobName(key));
    }

    [Fact]
    public void BlobName_HashesKeysThatWouldEscapeBeyondTheBlobNameLimit()
    {
        var name = BlobDocumentStore.BlobName(new string('中', StorageKeys.MaxKeyLength));

        Assert.StartsWith("%long/", name, StringComparison.Ordinal);
        Assert.Equal(6 + 64, name.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Ping_ReturnsFalse_WhenServiceIsUnreachable(int retries)
    {
        var unreachable = new Azure.Storage.Blobs.BlobContainerClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Convert.ToBase64String(new byte[64]) +
            ";BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            "nowhere", // Port 9 (discard) has no listener here: every request is refused.
            new Azure.Storage.Blobs.BlobClientOptions { Retry = { MaxRetries = retries, Delay = TimeSpan.FromMilliseconds(1) } });

        Assert.False(await new BlobDocumentStore(unreachable).PingAsync());
    }
}
