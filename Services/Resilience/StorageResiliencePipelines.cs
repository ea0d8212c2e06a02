using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace DualCreationBot.Services.Resilience;

/// <summary>
/// The Polly pipelines around storage calls: retry with jitter (transient failures only) outside a
/// circuit breaker outside a per-attempt timeout. Documents and files share one breaker, since
/// both go to the same backend, but have their own timeouts.
/// </summary>
public sealed partial class StorageResiliencePipelines
{
    public StorageResiliencePipelines(IOptions<StorageResilienceOptions> options, TimeProvider time, ILogger<StorageResiliencePipelines> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var breaker = new CircuitBreakerStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && TransientStorageFailure.IsTransient(e)),
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = settings.BreakerMinimumThroughput,
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakDuration,
            OnOpened = args =>
            {
                LogCircuitOpened(logger, args.BreakDuration, args.Outcome.Exception);
                return ValueTask.CompletedTask;
            },
        };
        var retry = new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && TransientStorageFailure.IsTransient(e)),
            MaxRetryAttempts = Math.Max(settings.MaxRetryAttempts, 1),
            Delay = settings.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = args =>
            {
                LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                return ValueTask.CompletedTask;
            },
        };

        // One breaker state for both pipelines: they guard the same backend.
        var breakerPipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddCircuitBreaker(breaker).Build();
        Documents = Build(settings, retry, breakerPipeline, settings.AttemptTimeout, time);
        Files = Build(settings, retry, breakerPipeline, settings.FileTransferTimeout, time);

        // A file upload consumes its stream, so it is attempted once; the breaker and timeout still apply.
        FileUploads = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddPipeline(breakerPipeline)
            .AddTimeout(settings.FileTransferTimeout)
            .Build();
    }

    /// <summary>For document reads and writes.</summary>
    public ResiliencePipeline Documents { get; }

    /// <summary>For file reads, information and deletes.</summary>
    public ResiliencePipeline Files { get; }

    /// <summary>For file uploads: no retry, the stream cannot be replayed.</summary>
    public ResiliencePipeline FileUploads { get; }

    private static ResiliencePipeline Build(StorageResilienceOptions settings, RetryStrategyOptions retry, ResiliencePipeline breaker, TimeSpan timeout, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(retry);
        }

        return builder.AddPipeline(breaker).AddTimeout(new TimeoutStrategyOptions { Timeout = timeout }).Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage call failed transiently; retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, int attempt, TimeSpan delay, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage circuit opened for {BreakDuration}")]
    private static partial void LogCircuitOpened(ILogger logger, TimeSpan breakDuration, Exception? exception);
}
