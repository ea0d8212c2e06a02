using Azure.Storage.Blobs;

namespace DualCreationBot.Services.Storage.Blob;

/// <summary>
/// Creates a blob container the first time a store needs it, once per store instance, so that
/// neither startup nor every single call pays for the round trip. A failed attempt is not cached:
/// the next call tries again (the account may have been unreachable for a moment).
/// </summary>
internal sealed class BlobContainerInitializer(BlobContainerClient container)
{
    private Task? creation;

    public BlobContainerClient Container { get; } = container;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref creation);
        if (current is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }

        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Not tied to the caller's token: other callers may be waiting on the same creation,
            // and one caller giving up must not fail it for all of them.
            var attempt = CreateAsync();
            var winner = Interlocked.CompareExchange(ref creation, attempt, current);
            current = ReferenceEquals(winner, current) ? attempt : winner!;
        }

        return current.WaitAsync(cancellationToken);
    }

    private async Task CreateAsync() =>
        await Container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
}
