using System.Net;
using System.Text;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Bot;

/// <summary>The real host over HTTP: /api/messages through CloudAdapter and /healthz, on SQLite.</summary>
public sealed class HostTests : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private RunningBot bot = null!;

    public async Task InitializeAsync() => bot = await RunningBot.StartAsync("--Storage:DataFolder", data.Path);

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task MalformedJson_Is400_Not500()
    {
        using var content = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");
        using var response = await bot.Client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_Is200_AndNothingBreaks()
    {
        using var content = new StringContent(
            "{\"type\":\"somethingNew\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1\",\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},\"conversation\":{\"id\":\"c-unknown\"}}",
            Encoding.UTF8,
            "application/json");
        using var response = await bot.Client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (status, texts) = await bot.SayAsync("c-unknown", "你好");
        Assert.Equal(200, status);
        Assert.Equal(Strings.MenuPrompt, texts[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀🎉👍")]
    [InlineData(null)]
    public async Task OddMessagesAtAPrompt_GetAPoliteReprompt(string? text)
    {
        text ??= new string('党', 10_000);
        var conversation = "c-odd-" + Guid.NewGuid().ToString("N");
        await bot.SayAsync(conversation, "你好");

        var (status, texts) = await bot.SayAsync(conversation, text);

        Assert.Equal(200, status);
        Assert.Equal(Strings.ChoiceInvalid + "\n\n" + Strings.MenuPrompt, Assert.Single(texts));
    }

    [Fact]
    public async Task Healthz_IsHealthy_WhenStorageAnswers()
    {
        using var response = await bot.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMultiStepDialog_RunsOverHttp_AndSurvivesARestart()
    {
        await bot.SayAsync("c-restart", "你好");
        Assert.Equal(Strings.ConditionsAsk, (await bot.SayAsync("c-restart", "申报条件")).Texts[0]);
        await bot.DisposeAsync();
        bot = await RunningBot.StartAsync("--Storage:DataFolder", data.Path);

        var (_, texts) = await bot.SayAsync("c-restart", "支部");
        Assert.StartsWith("申报“党建工作样板支部”", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_Fails_WhenBlobIsChosenWithoutAConnectionString()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningBot.StartAsync("--Storage:Provider", "AzureBlob"));
        Assert.Contains("Storage:BlobConnectionString", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The host on Azure Blob Storage: against Azurite, and against a blob endpoint that is down.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BlobHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunsADialog_OnAzurite()
    {
        await using var bot = await RunningBot.StartAsync("--Storage:Provider", "AzureBlob", "--Storage:BlobConnectionString", azurite.ConnectionString);
        using (var health = await bot.Client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        await bot.SayAsync("blob-1", "你好");
        await bot.SayAsync("blob-1", "日程安排");
        Assert.Equal(Strings.StageDetailMidTerm, (await bot.SayAsync("blob-1", "中期评估")).Texts[0]);
    }

    [Fact]
    public async Task StorageDown_Healthz503_AndTheUserGetsAnApology_Not500()
    {
        const string deadEndpoint = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var bot = await RunningBot.StartAsync(
            "--Storage:Provider", "AzureBlob",
            "--Storage:BlobConnectionString", deadEndpoint,
            "--Storage:Resilience:RetryBaseDelay", "00:00:00.010");

        using (var health = await bot.Client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        var (status, texts) = await bot.SayAsync("down-1", "你好");
        Assert.Equal(200, status);
        Assert.Equal([Strings.StorageUnavailable], texts);
    }
}
