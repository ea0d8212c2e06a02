using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Blob;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Dialogs.State;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobConcurrentTurnsTests(AzuriteFixture azurite) : ConcurrentTurnsContract
{
    protected override IDocumentStore CreateStore() => new BlobDocumentStore(azurite.NewContainer());
}
