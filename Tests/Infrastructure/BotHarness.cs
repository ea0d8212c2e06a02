using DualCreationBot.Bot;
using DualCreationBot.Bot.Reminders;
using DualCreationBot.Services.Reminders.Sweeping;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using DualCreationBot.Dialogs;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.State;
using DualCreationBot.Services;
using DualCreationBot.Services.Applications.Documents;
using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>
/// The real bot (storage, dialogs, activity handler, turn-error handler) wired as in the host,
/// driven through the SDK's TestAdapter. A new harness over the same data folder is a "restart".
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private BotHarness(ServiceProvider services, TestAdapter adapter)
    {
        this.services = services;
        Adapter = adapter;
    }

    /// <summary>The sample roster's reviewer: on the roster, secretary of nothing.</summary>
    public const string DefaultUser = "demo-reviewer";

    public TestAdapter Adapter { get; }

    public IServiceProvider Services => services;

    public IBot Bot => services.GetRequiredService<IBot>();

    public static BotHarness Create(
        string dataFolder,
        TimeProvider? time = null,
        string channelId = "test",
        string locale = "zh-CN",
        string? rootDialogId = null,
        Action<IServiceCollection>? configure = null,
        string conversation = "conversation-1",
        string user = DefaultUser,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:DataFolder"] = dataFolder,
                ["Storage:Resilience:RetryBaseDelay"] = "00:00:00.010",

                // The download client's retries wait on the injected (fake) clock: no waiting, so they cannot stall a test.
                ["Uploads:Download:Retry:Delay"] = "00:00:00",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(time ?? TimeProvider.System);
        collection.AddDualCreationStorage(configuration);
        collection.AddDualCreationServices(configuration);
        collection.AddApplicationDocuments();
        collection.AddDualCreationDialogs();
        configure?.Invoke(collection);
        if (rootDialogId is not null)
        {
            collection.AddSingleton(sp => new DialogRunner(sp.GetRequiredService<DialogSet>(), sp.GetRequiredService<ConversationState>(), rootDialogId));
        }

        collection.AddSingleton<TurnErrorHandler>();

        // Proactive messages (reminders, announcements) go through a real CloudAdapter to the stored conversations.
        collection.AddSingleton<IMessageChannel>(sp => new ProactiveSender(
            new CloudAdapter(new ConfigurationBotFrameworkAuthentication(configuration), NullLogger<CloudAdapter>.Instance),
            configuration,
            TimeProvider.System,
            NullLogger<ProactiveSender>.Instance));
        collection.AddTransient<IBot, DualCreationActivityHandler>();
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        // WeCom accounts are WeCom userids: the reviewer's is "mawenjing" in the sample roster.
        var reference = TestAdapter.CreateConversation(conversation, channelId == "wecom" && user == DefaultUser ? "mawenjing" : user);
        reference.ChannelId = channelId;
        reference.Locale = locale;
        var adapter = new TestAdapter(reference);
        adapter.Locale = locale;
        adapter.Use(new TurnCultureMiddleware());
        adapter.OnTurnError = provider.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return new BotHarness(provider, adapter);
    }

    /// <summary>A conversation test in the SDK's style: Send, then AssertReply for each answer.</summary>
    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);

    /// <summary>Sends one message and returns every reply of that turn.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    /// <summary>Sends an activity (attachments, other types) and returns every reply of that turn.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public IDocumentStore Store => services.GetRequiredService<IDocumentStore>();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private List<IMessageActivity> Drain()
    {
        var replies = new List<IMessageActivity>();
        while (Adapter.ActiveQueue.Count > 0)
        {
            if (Adapter.GetNextReply() is IMessageActivity message)
            {
                replies.Add(message);
            }
        }

        return replies;
    }
}
