using System.ComponentModel.DataAnnotations;

namespace DualCreationBot.Services.Resilience;

/// <summary>How storage calls are retried, timed out and cut off. Section "Storage:Resilience".</summary>
public sealed class StorageResilienceOptions
{
    public const string SectionName = "Storage:Resilience";

    /// <summary>Retries after a transient failure (never after a concurrency conflict).</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:30")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Time one document call may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time one file transfer may take (files can be hundreds of MB).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "02:00:00")]
    public TimeSpan FileTransferTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    [Range(0.05, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long calls fail fast once the circuit is open.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
