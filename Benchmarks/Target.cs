using DualCreationBot.Bot;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Benchmarks;

/// <summary>A bot listening on a free loopback port.</summary>
internal sealed class Target(WebApplication app, Uri messages) : IAsyncDisposable
{
    public Uri Messages { get; } = messages;

    /// <summary>The real DualCreationBot host on its embedded SQLite default.</summary>
    public static Task<Target> StartDualCreationBotAsync(string dataFolder) =>
        StartAsync(BotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:DataFolder", dataFolder, "--Logging:LogLevel:Default", "Warning", "--Reminders:Enabled", "false"]));

    /// <summary>The baseline: CloudAdapter from the same packages, echoing each message, no state.</summary>
    public static Task<Target> StartEchoBotAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        return StartAsync(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task<Target> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Target(app, new Uri(new Uri(address), "/api/messages"));
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
