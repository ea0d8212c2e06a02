using System.Net;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Reminders.Sweeping;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Polly;
using Polly.Retry;

namespace DualCreationBot.Bot.Reminders;

/// <summary>
/// Proactive messages through the real adapter (<c>ContinueConversationAsync</c> with the stored
/// reference and the bot's app id). 429 and 5xx are retried with exponential backoff and jitter,
/// honouring Retry-After; 403 means the bot was removed or blocked and is reported, not retried.
/// </summary>
internal sealed partial class ProactiveSender : IMessageChannel
{
    private readonly CloudAdapterBase adapter;
    private readonly string appId;
    private readonly ILogger<ProactiveSender> logger;
    private readonly ResiliencePipeline pipeline;
    private readonly ChannelRateLimits limits;

    public ProactiveSender(CloudAdapterBase adapter, IConfiguration configuration, TimeProvider time, ILogger<ProactiveSender> logger, ChannelRateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.adapter = adapter;
        this.limits = limits ?? new ChannelRateLimits();
        this.logger = logger;
        appId = configuration["MicrosoftAppId"] ?? string.Empty;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                MaxRetryAttempts = 4,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception)),
            })
            .Build();
    }

    public async Task<DeliveryResult> SendAsync(Contact contact, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var reference = JsonConvert.DeserializeObject<ConversationReference>(contact.ReferenceJson)!;
        using var lease = await limits.AcquireAsync(reference.ChannelId + "/" + reference.Conversation?.Id, cancellationToken);
        try
        {
            await pipeline.ExecuteAsync(
                async ct => await adapter.ContinueConversationAsync(appId, reference, (turn, c) => turn.SendActivityAsync(MessageFactory.Text(text), c), ct),
                cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode == HttpStatusCode.Forbidden)
        {
            LogUnreachable(logger, contact.PersonId, contact.Channel);
            return DeliveryResult.Unreachable;
        }
        catch (Exception e) when (IsTransient(e))
        {
            LogFailed(logger, contact.PersonId, contact.Channel, e);
            return DeliveryResult.Failed;
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        ErrorResponseException e => e.Response?.StatusCode is HttpStatusCode.TooManyRequests || (int?)e.Response?.StatusCode >= 500,
        HttpRequestException or TaskCanceledException => true,
        _ => false,
    };

    /// <summary>The server's Retry-After when it gave one; otherwise the pipeline's backoff.</summary>
    private static TimeSpan? RetryAfter(Exception? exception)
    {
        var header = (exception as ErrorResponseException)?.Response?.Headers is { } headers && headers.TryGetValue("Retry-After", out var values)
            ? values.FirstOrDefault()
            : null;
        return int.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 120)) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person {PersonId} is unreachable on {Channel}: the bot was removed or blocked")]
    private static partial void LogUnreachable(ILogger logger, string personId, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Proactive message to {PersonId} on {Channel} failed after retries")]
    private static partial void LogFailed(ILogger logger, string personId, string channel, Exception exception);
}
