using DualCreationBot.Bot.Reminders;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Reminders.Sweeping;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

namespace DualCreationBot.Tests.Bot.Reminders;

/// <summary>Proactive sends through the real CloudAdapter to a connector on loopback.</summary>
public sealed class ProactiveSenderTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private ProactiveSender sender = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(configuration), NullLogger<CloudAdapter>.Instance);
        sender = new ProactiveSender(adapter, configuration, TimeProvider.System, NullLogger<ProactiveSender>.Instance);
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Sends_IntoTheStoredConversation()
    {
        Assert.Equal(DeliveryResult.Sent, await sender.SendAsync(Contact("conv-ok"), "【到期提醒】测试", CancellationToken.None));
        Assert.Equal(("conv-ok", "【到期提醒】测试"), Assert.Single(connector.Received));
    }

    [Fact]
    public async Task Forbidden_MeansUnreachable_AndIsNotRetried()
    {
        connector.Block("conv-blocked");

        Assert.Equal(DeliveryResult.Unreachable, await sender.SendAsync(Contact("conv-blocked"), "提醒", CancellationToken.None));
        Assert.Single(connector.Refused);
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task TooManyRequests_IsRetried_AfterRetryAfter()
    {
        connector.FailNext("conv-busy", 429, 503);

        Assert.Equal(DeliveryResult.Sent, await sender.SendAsync(Contact("conv-busy"), "提醒", CancellationToken.None));
        Assert.Equal([429, 503], connector.Refused.Select(r => r.Status));
        Assert.Single(connector.Received);
    }

    private Contact Contact(string conversation) =>
        new("P-BR-WX-1", "webchat", "demo-br-wx-1", connector.ReferenceJson(conversation, "demo-br-wx-1"), DateTimeOffset.UnixEpoch);
}

/// <summary>Teams' per-conversation limits, without timing: tokens replenish only when told.</summary>
public sealed class ChannelRateLimitsTests
{
    [Fact]
    public async Task SevenMessagesASecond_PerConversation()
    {
        await using var limits = new ChannelRateLimits(autoReplenish: false);

        var granted = Enumerable.Range(0, 8).Select(_ => limits.TryAcquire("msteams/a").IsAcquired).ToList();

        Assert.Equal(7, granted.Count(g => g));
        Assert.False(granted[7]);
        Assert.True(limits.TryAcquire("msteams/b").IsAcquired);
    }
}
