using System.Net.Sockets;
using Azure;
using DualCreationBot.Services.Storage;
using Microsoft.Data.Sqlite;
using Polly.Timeout;

namespace DualCreationBot.Services.Resilience;

/// <summary>Which storage failures are worth another attempt: outages and time-outs, never answers.</summary>
public static class TransientStorageFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;

    public static bool IsTransient(Exception exception) => exception switch
    {
        ConcurrencyConflictException or StorageKeyException => false,
        TimeoutRejectedException => true,
        RequestFailedException azure => azure.Status is 0 or 408 or 429 or >= 500,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError,
        HttpRequestException or SocketException or TimeoutException => true,
        IOException io => io.InnerException is SocketException,
        _ => false,
    };
}
