using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Blob;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>The file contract against Azure Blob Storage, emulated by Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobFileStoreTests(AzuriteFixture azurite) : FileStoreContract
{
    protected override IFileStore Store { get; } = new BlobFileStore(azurite.NewContainer());

    [Theory]
    [InlineData("File-Name")]
    [InlineData("文件名")]
    [InlineData("1st")]
    [InlineData("")]
    [InlineData("a b")]
    public async Task Metadata_IsRejected_WhenNameIsNoIdentifier(string name)
    {
        using var content = new MemoryStream([1]);

        await Assert.ThrowsAsync<StorageKeyException>(() => Store.SaveAsync("x.bin", content, new Dictionary<string, string> { [name] = "v" }));
    }

    [Fact]
    public async Task Metadata_IsRejected_WhenNamesDifferOnlyInCase()
    {
        using var content = new MemoryStream([1]);

        await Assert.ThrowsAsync<StorageKeyException>(() => Store.SaveAsync("x.bin", content, new Dictionary<string, string> { ["Name"] = "a", ["name"] = "b" }));
    }
}
