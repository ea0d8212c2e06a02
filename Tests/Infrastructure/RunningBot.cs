using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualCreationBot.Bot;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>The real host (Kestrel on a free loopback port, CloudAdapter, real storage) and an HTTP client for it.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningBot(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<RunningBot> StartAsync(params string[] settings)
    {
        var app = BotApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning", .. settings]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, new Uri(address));
    }

    /// <summary>Posts a message with deliveryMode expectReplies and returns the reply texts.</summary>
    public async Task<(int Status, List<string> Texts)> SayAsync(string conversation, string text, string locale = "zh-CN", string user = BotHarness.DefaultUser)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["locale"] = locale,
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = "http://127.0.0.1:1",
            ["from"] = new JsonObject { ["id"] = user },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
        };
        using var response = await Client.PostAsJsonAsync("/api/messages", activity);
        if (!response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, []);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var texts = body.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty)
            .ToList();
        return ((int)response.StatusCode, texts);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
