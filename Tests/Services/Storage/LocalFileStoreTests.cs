using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Local;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Services.Storage;

/// <summary>The file contract against the local-folder backend, one data folder per class.</summary>
[Collection(StreamingCollectionDefinition.Name)]
public sealed class LocalFileStoreTests(LocalFileStoreTests.DataFolder data)
    : FileStoreContract, IClassFixture<LocalFileStoreTests.DataFolder>
{
    protected override IFileStore Store { get; } = new LocalFileStore(Options.Create(new StorageOptions { DataFolder = data.Path }));

    [Theory]
    [InlineData("a.meta.json")]
    [InlineData("a.partial")]
    public async Task Paths_AreRejected_WhenTheyNameTheStoresOwnFiles(string path)
    {
        await Assert.ThrowsAsync<StorageKeyException>(() => Store.GetInfoAsync(path));
    }

    /// <summary>A fresh data folder, deleted after the class's tests.</summary>
    public sealed class DataFolder : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dcb-files-");

        public string Path => folder.FullName;

        public void Dispose() => folder.Delete(recursive: true);
    }
}

/// <summary>
/// Tests that measure the managed heap run alone: parallel tests allocating beside them would
/// skew the reading. (The blob ones run in <see cref="Infrastructure.AzuriteCollectionDefinition"/>, also alone.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StreamingCollectionDefinition
{
    public const string Name = "Streaming";
}
