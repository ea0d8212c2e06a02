using System.Text.Json.Nodes;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Bot;

/// <summary>Teams users the roster knows only by e-mail/UPN are recognised by asking the channel for the member.</summary>
public sealed class TeamsIdentityTests : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private FakeConnector connector = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await RunningBot.StartAsync("--Storage:DataFolder", data.Path);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task AMemberKnownByUpn_IsServed()
    {
        // 赵明远 is on the sample roster with the Teams account zhaomingyuan@jzxy.example and no object id.
        connector.AddMember("29:zhao", "11111111-2222-4333-8444-555555555555", "zhaomingyuan@jzxy.example");

        var (status, texts) = await bot.PostAsync(Teams("29:zhao", "11111111-2222-4333-8444-555555555555", "你好"));

        Assert.Equal(200, status);
        Assert.StartsWith(Strings.Greeting, texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberTheRosterDoesNotKnow_GetsTheOfficeContactOnly()
    {
        connector.AddMember("29:stranger", "99999999-2222-4333-8444-555555555555", "stranger@jzxy.example");

        var (_, texts) = await bot.PostAsync(Teams("29:stranger", "99999999-2222-4333-8444-555555555555", "你好"));

        Assert.Equal([Strings.Format(nameof(Strings.UnknownAccount), "99999999-2222-4333-8444-555555555555")], texts);
    }

    private JsonObject Teams(string userId, string aadObjectId, string text)
    {
        var activity = RunningBot.Activity("teams-" + userId, text, user: userId);
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = connector.ServiceUrl.ToString();
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aadObjectId };
        return activity;
    }
}
