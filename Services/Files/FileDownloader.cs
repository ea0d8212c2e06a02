namespace DualCreationBot.Services.Files;

/// <summary>
/// Opens the content of a file sent in the chat: a <c>data:</c> URL, or an http(s) URL fetched
/// with a plain GET (Teams' downloadUrl, Web Chat and Emulator content URLs). A typed client:
/// retries, timeouts and the circuit breaker come from the resilience handler it is registered with.
/// </summary>
internal sealed class FileDownloader(HttpClient http)
{
    /// <summary>Opens the source for streaming, or returns null when it cannot be reached or read.</summary>
    public async Task<OpenedSource?> OpenAsync(Uri source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        HttpResponseMessage? response = null;
        try
        {
            if (DataUrl.TryOpen(source, out var data, out var dataLength))
            {
                return new OpenedSource(data, dataLength, null);
            }

            if (source.Scheme is not ("http" or "https"))
            {
                return null;
            }

            // Headers only: the body is streamed by the reader, never buffered here.
            response = await http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                response.Dispose();
                return null;
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new OpenedSource(body, response.Content.Headers.ContentLength, response);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            response?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Failures that mean "could not get the file": connection, DNS, time-outs (the resilience
    /// handler's, not the caller's cancellation), a broken data URL.
    /// </summary>
    public static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or FormatException or NotSupportedException or TimeoutException => true,
        Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException => true,
        _ => false,
    };
}

/// <summary>An opened source: its content, its announced length when known, and what to dispose with it.</summary>
internal sealed class OpenedSource(Stream content, long? length, IDisposable? owner) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public long? Length { get; } = length;

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        owner?.Dispose();
    }
}
