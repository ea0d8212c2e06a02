using DualCreationBot.Dialogs;
using DualCreationBot.Services;
using DualCreationBot.Services.Applications.Documents;
using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace DualCreationBot.Bot;

/// <summary>Builds the web host: /api/messages through CloudAdapter and /healthz.</summary>
public static class BotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDualCreationStorage(builder.Configuration);
        builder.Services.AddDualCreationServices(builder.Configuration);
        builder.Services.AddApplicationDocuments();
        builder.Services.AddDualCreationDialogs();
        builder.Services.AddDualCreationBot(builder.Configuration);

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        app.MapGet("/healthz", HealthCheck.RespondAsync);
        app.MapGet("/files/{token}/{name}", FileDownloads.GetAsync);
        return app;
    }
}
