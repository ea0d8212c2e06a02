using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Campaigns;

/// <summary>The campaign in force: the notice's first cycle until an administrator opens another.</summary>
public interface ICampaignService
{
    Task<Campaign> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="campaign"/> the current cycle.</summary>
    Task OpenAsync(Campaign campaign, CancellationToken cancellationToken = default);
}

internal sealed class CampaignService(IDocumentStore store, TimeProvider time) : ICampaignService
{
    private const string CurrentKey = "campaign/current";
    private readonly DocumentCache<Campaign> current = new(store, CurrentKey, time, TimeSpan.FromSeconds(2));

    public async Task<Campaign> CurrentAsync(CancellationToken cancellationToken = default) =>
        await current.GetAsync(cancellationToken).ConfigureAwait(false) ?? NoticeCampaign.Default;

    public async Task OpenAsync(Campaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await store.UpdateAsync<Campaign>(CurrentKey, _ => campaign, cancellationToken).ConfigureAwait(false);
        current.Invalidate();
        await store.UpdateAsync<Campaign>("campaign/history/" + campaign.Id, _ => campaign, cancellationToken).ConfigureAwait(false);
    }
}
