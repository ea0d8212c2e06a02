using DualCreationBot.Services.Storage;

namespace DualCreationBot.Bot;

/// <summary>GET /healthz: 200 when storage answers, 503 when it does not.</summary>
internal static partial class HealthCheck
{
    public static async Task<IResult> RespondAsync(IDocumentStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.PingAsync(cancellationToken))
            {
                return Results.Ok(new { status = "healthy", storage = "ok" });
            }
        }
        catch (Exception e) when (e is StorageUnavailableException or IOException or InvalidOperationException)
        {
            LogUnhealthy(loggers.CreateLogger(nameof(HealthCheck)), e);
        }

        return Results.Json(new { status = "unhealthy", storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage does not answer")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception);
}
