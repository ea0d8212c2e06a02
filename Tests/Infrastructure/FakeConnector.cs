using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>
/// A Bot Framework connector (the channel side of proactive messages) on loopback: it records every
/// activity posted to a conversation and can answer 403 or 429 (with Retry-After) on demand.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> members = new(StringComparer.Ordinal);

    private FakeConnector(WebApplication app, Uri serviceUrl)
    {
        this.app = app;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    /// <summary>(conversation id, text) of every activity accepted, in arrival order.</summary>
    public ConcurrentQueue<(string Conversation, string Text)> Received { get; } = new();

    /// <summary>Posts that were answered with an error status.</summary>
    public ConcurrentQueue<(string Conversation, int Status)> Refused { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        var app = builder.Build();
        FakeConnector? connector = null;
        app.MapPost("/v3/conversations/{conversation}/activities/{**rest}", (string conversation, HttpRequest request) => connector!.ReceiveAsync(conversation, request));
        app.MapGet("/v3/conversations/{conversation}/members/{member}", (string conversation, string member) =>
            connector!.members.TryGetValue(member, out var info) ? Results.Json(info) : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector = new FakeConnector(app, new Uri(address + "/"));
        return connector;
    }

    /// <summary>The next posts to <paramref name="conversation"/> are answered with these statuses, in order.</summary>
    public void FailNext(string conversation, params int[] statuses) =>
        failures.GetOrAdd(conversation, _ => new ConcurrentQueue<int>()).EnqueueRange(statuses);

    /// <summary>A stored conversation reference (JSON, as the contact book keeps it) into <paramref name="conversation"/> here.</summary>
    public string ReferenceJson(string conversation, string userId) => Newtonsoft.Json.JsonConvert.SerializeObject(new Microsoft.Bot.Schema.ConversationReference
    {
        ChannelId = "emulator",
        ServiceUrl = ServiceUrl.ToString(),
        Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: conversation),
        User = new Microsoft.Bot.Schema.ChannelAccount(userId),
        Bot = new Microsoft.Bot.Schema.ChannelAccount("bot"),
    });

    /// <summary>A Teams member as the channel describes it (GET .../members/{id}).</summary>
    public void AddMember(string id, string aadObjectId, string userPrincipalName) =>
        members[id] = new { id, aadObjectId, userPrincipalName, email = userPrincipalName, name = userPrincipalName };

    /// <summary>Every post to <paramref name="conversation"/> is refused with 403 (the user blocked the bot).</summary>
    public void Block(string conversation) => FailNext(conversation, Enumerable.Repeat(403, 1000).ToArray());

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string conversation, HttpRequest request)
    {
        if (failures.TryGetValue(conversation, out var queue) && queue.TryDequeue(out var status))
        {
            Refused.Enqueue((conversation, status));
            if (status == 429)
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
            }

            return Results.Json(new { error = new { code = "Refused", message = "refused" } }, statusCode: status);
        }

        using var body = await JsonDocument.ParseAsync(request.Body);
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        Received.Enqueue((conversation, text));
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}

internal static class ConcurrentQueueExtensions
{
    public static void EnqueueRange<T>(this ConcurrentQueue<T> queue, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            queue.Enqueue(item);
        }
    }
}
