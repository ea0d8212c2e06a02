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

    public IServiceProvider Services => app.Services;

    public static async Task<RunningBot> StartAsync(params string[] settings)
    {
        // The reminder sweep is tested on its own (ReminderSweepContract); here it would only add noise.
        var app = BotApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning", "--Reminders:Enabled", "false", .. settings]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, new Uri(address));
    }

    /// <summary>Posts a message with deliveryMode expectReplies and returns the reply texts.</summary>
    public Task<(int Status, List<string> Texts)> SayAsync(string conversation, string text, string locale = "zh-CN", string user = BotHarness.DefaultUser) =>
        PostAsync(Activity(conversation, text, locale, user));

    /// <summary>A message activity as a channel posts it; callers may add attachments or fix its id.</summary>
    public static JsonObject Activity(string conversation, string text, string locale = "zh-CN", string user = BotHarness.DefaultUser) => new()
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

    /// <summary>Posts an activity to /api/messages and returns the status and the reply texts.</summary>
    public async Task<(int Status, List<string> Texts)> PostAsync(JsonObject activity)
    {
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
