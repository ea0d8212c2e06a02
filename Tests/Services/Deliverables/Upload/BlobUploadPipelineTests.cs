using Azure.Storage.Blobs;
using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Blob;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Services.Deliverables.Upload;

/// <summary>The upload contract on production storage: blob documents and blob files, emulated by Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobUploadPipelineTests : UploadPipelineContract, IClassFixture<LoopbackFileServer>
{
    private readonly BlobContainerClient filesContainer;

    public BlobUploadPipelineTests(AzuriteFixture azurite, LoopbackFileServer server)
        : base(server)
    {
        filesContainer = azurite.NewContainer();
        Files = new BlobFileStore(filesContainer);
        BackendDocuments = new BlobDocumentStore(azurite.NewContainer());
    }

    protected override IFileStore Files { get; }

    protected override IDocumentStore BackendDocuments { get; }

    protected override async Task<IReadOnlyList<string>> StoredPathsAsync(string prefix)
    {
        var paths = new List<string>();
        if (!await filesContainer.ExistsAsync())
        {
            return paths;
        }

        await foreach (var blob in filesContainer.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
        {
            paths.Add(blob.Name);
        }

        return paths;
    }
}
