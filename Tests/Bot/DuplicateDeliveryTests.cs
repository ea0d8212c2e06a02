using System.Text.Json.Nodes;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Campaigns;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Roster;
using DualCreationBot.Services.Storage;
using DualCreationBot.Tests.Infrastructure;

namespace DualCreationBot.Tests.Bot;

/// <summary>A channel that retries delivers the same activity twice: over HTTP, at once, one version is stored.</summary>
public sealed class DuplicateDeliveryTests : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private readonly LoopbackFileServer files = new();
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        await files.InitializeAsync();
        bot = await RunningBot.StartAsync("--Storage:DataFolder", data.Path);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await files.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task TheSameUploadActivityTwice_StoresOneVersion()
    {
        var campaign = await OpenCycleWithMidTermOpenAsync();
        await SubmitAsync("BR-WX-1");
        await bot.SayAsync("dup", "你好", user: "demo-br-wx-1");
        await bot.SayAsync("dup", "提交成果", user: "demo-br-wx-1");
        await bot.SayAsync("dup", "年度工作总结", user: "demo-br-wx-1");

        var upload = RunningBot.Activity("dup", string.Empty, user: "demo-br-wx-1");
        upload["id"] = "retried-activity-1";
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/pdf",
            ["contentUrl"] = files.Serve([.. "%PDF-1.4 总结"u8, .. new byte[4000]]).ToString(),
            ["name"] = "总结.pdf",
        });

        var both = await Task.WhenAll(bot.PostAsync(upload.DeepClone().AsObject()), bot.PostAsync(upload.DeepClone().AsObject()));

        Assert.All(both, reply => Assert.Equal(200, reply.Status));
        var record = await bot.Services.GetRequiredService<IDocumentStore>().GetAsync<DeliverableRecord>(DeliverableRecord.KeyFor(campaign.Id, "BR-WX-1"));
        var version = Assert.Single(record!.Versions("midterm-summary"));
        Assert.Equal("dup", version.ActivityKey.Split('/')[1]);
        Assert.Contains(both.SelectMany(b => b.Texts), t => t.StartsWith("已收到“年度工作总结”：总结.pdf", StringComparison.Ordinal));
    }

    /// <summary>A cycle that started 380 days ago by the real clock: mid-term materials are due in about two weeks.</summary>
    private async Task<Campaign> OpenCycleWithMidTermOpenAsync()
    {
        var today = BeijingTime.Today(TimeProvider.System);
        var campaign = CampaignSchedule.FromStart(today.AddDays(-380));
        await bot.Services.GetRequiredService<ICampaignService>().OpenAsync(campaign);
        return campaign;
    }

    private async Task SubmitAsync(string unitId)
    {
        var roster = await bot.Services.GetRequiredService<IRosterService>().CurrentAsync();
        var project = await bot.Services.GetRequiredService<IApplicationService>().OpenAsync(roster.SecretariesOf(unitId).First(), unitId);
        await bot.Services.GetRequiredService<IDocumentStore>().UpdateAsync<Project>("projects/" + project.Id, p =>
        {
            p!.Status = ProjectStatus.Submitted;
            return p;
        });
    }
}
