using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>
/// A real HTTP server (Kestrel on a free loopback port) serving files as Teams and Web Chat would:
/// given bytes, large generated streams (with or without Content-Length), and 404s.
/// </summary>
public sealed class LoopbackFileServer : IAsyncLifetime
{
    private const int ChunkSize = 64 * 1024;

    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private WebApplication? app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A URL on a loopback port nothing listens on (bound, then released).</summary>
    public static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/file.pdf");
    }

    /// <summary>Serves <paramref name="content"/> with its Content-Length.</summary>
    public Uri Serve(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        files[id] = content;
        return new Uri(Address, $"files/{id}");
    }

    /// <summary>
    /// Serves <paramref name="length"/> bytes generated on the fly (<paramref name="head"/> first, then
    /// a repeating pattern), in chunks; without <paramref name="announceLength"/> no Content-Length is sent.
    /// </summary>
    public Uri Generated(long length, byte[] head, bool announceLength)
    {
        var id = Guid.NewGuid().ToString("N");
        files[id] = head;
        return new Uri(Address, string.Create(CultureInfo.InvariantCulture, $"generated/{id}/{length}?announce={announceLength}"));
    }

    public Uri Missing => new(Address, "files/missing");

    /// <summary>The bytes <see cref="Generated"/> serves, for hashing on the test side.</summary>
    public static void Fill(Span<byte> chunk, long offset, ReadOnlySpan<byte> head)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            var position = offset + i;
            chunk[i] = position < head.Length ? head[(int)position] : (byte)((position * 31) ^ (position >> 8));
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/files/{id}", (string id) =>
            files.TryGetValue(id, out var content) ? Results.Bytes(content, "application/octet-stream") : Results.NotFound());
        app.MapGet("/generated/{id}/{length:long}", async (HttpContext context, string id, long length, bool announce) =>
        {
            var head = files[id];
            if (announce)
            {
                context.Response.ContentLength = length;
            }

            var buffer = new byte[ChunkSize];
            for (long offset = 0; offset < length; offset += ChunkSize)
            {
                var count = (int)Math.Min(ChunkSize, length - offset);
                Fill(buffer.AsSpan(0, count), offset, head);
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, count), context.RequestAborted);
            }
        });
        await app.StartAsync();
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
