using System.Threading.RateLimiting;

namespace DualCreationBot.Bot.Reminders;

/// <summary>
/// Teams' limits per conversation for a bot's messages (about 7 per second, 60 per 30 seconds,
/// 1,800 per hour), applied to proactive sends so reminders and announcements stay under them:
/// a send waits for a token of every window instead of provoking 429s.
/// </summary>
public sealed class ChannelRateLimits : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ChannelRateLimits(bool autoReplenish = true)
    {
        limiter = PartitionedRateLimiter.CreateChained(
            Window(7, TimeSpan.FromSeconds(1), autoReplenish),
            Window(60, TimeSpan.FromSeconds(30), autoReplenish),
            Window(1800, TimeSpan.FromHours(1), autoReplenish));
    }

    /// <summary>Waits until <paramref name="conversation"/> may receive one more message.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string conversation, CancellationToken cancellationToken) =>
        await limiter.AcquireAsync(conversation, 1, cancellationToken);

    /// <summary>Takes a token now if one is free (for tests and diagnostics).</summary>
    public RateLimitLease TryAcquire(string conversation) => limiter.AttemptAcquire(conversation);

    public ValueTask DisposeAsync() => limiter.DisposeAsync();

    private static PartitionedRateLimiter<string> Window(int limit, TimeSpan period, bool autoReplenish) =>
        PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetTokenBucketLimiter(
            conversation,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = limit,
                ReplenishmentPeriod = period,
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = autoReplenish,
            }));
}
