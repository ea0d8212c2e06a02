using System.Security.Cryptography;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Deliverables.Upload;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace DualCreationBot.Tests.Services.Deliverables.Upload;

/// <summary>
/// What the upload pipeline promises, against files served by a real loopback HTTP server, run
/// by each storage backend's class. Limits are small (documents 64 KB, images 32 KB, video
/// 128 KB) so "too large" needs no big transfers; each test uses its own campaign.
/// </summary>
public abstract class UploadPipelineContract(LoopbackFileServer server) : IAsyncLifetime
{
    private const long DocumentLimit = 64 * 1024;
    private const long VideoLimit = 128 * 1024;

    private readonly string campaign = "c" + Guid.NewGuid().ToString("N")[..12];
    private ServiceProvider? services;

    protected abstract IFileStore Files { get; }

    protected abstract IDocumentStore BackendDocuments { get; }

    /// <summary>Every file the backend holds under this test's campaign.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredPathsAsync(string prefix);

    private FaultyDocumentStore Documents { get; set; } = null!;

    private IUploadPipeline Pipeline => services!.GetRequiredService<IUploadPipeline>();

    public Task InitializeAsync()
    {
        Documents = new FaultyDocumentStore(BackendDocuments);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Uploads:DocumentMaxBytes"] = DocumentLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Uploads:ImageMaxBytes"] = "32768",
                ["Uploads:VideoMaxBytes"] = VideoLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Uploads:Download:Retry:Delay"] = "00:00:00.010",
            })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton(Files);
        collection.AddSingleton<IDocumentStore>(Documents);
        collection.AddDeliverableUploads(configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("工作总结.pdf", "pdf", FileKind.Document, "application/pdf")]
    [InlineData("申报书.docx", "docx", FileKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("合影.png", "png", FileKind.Image, "image/png")]
    [InlineData("活动照片.JPEG", "jpg", FileKind.Image, "image/jpeg")]
    [InlineData("微视频.mp4", "mp4", FileKind.Video, "video/mp4")]
    public async Task Stores_EachAllowedType_WithMetadataAndHash(string name, string format, FileKind kind, string contentType)
    {
        var content = format switch
        {
            "pdf" => TestFiles.Pdf(),
            "docx" => TestFiles.Docx(),
            "png" => TestFiles.Png(),
            "jpg" => TestFiles.Jpeg(),
            _ => TestFiles.Mp4(),
        };
        var before = TimeProvider.System.GetUtcNow();

        var outcome = await UploadAsync(name, server.Serve(content), "item-1", "activity-1", accepted: [kind]);

        Assert.True(outcome.Succeeded, outcome.Problem.ToString());
        Assert.False(outcome.Duplicate);
        Assert.Equal(kind, outcome.Kind);
        var version = outcome.Version!;
        Assert.Equal(1, version.Version);
        Assert.Equal(name, version.OriginalName);
        Assert.Equal(content.Length, version.Size);
        Assert.Equal(Sha256(content), version.Sha256);
        Assert.Equal(contentType, version.ContentType);
        Assert.Equal("secretary-1", version.UploaderId);
        Assert.InRange(version.UploadedAt, before, TimeProvider.System.GetUtcNow());
        Assert.Matches($"^deliverables/{campaign}/unit-1/item-1/v1-[0-9a-f]{{32}}\\.{format}$", version.StoredPath);
        Assert.Equal(content, await ReadAsync(version.StoredPath));

        var info = await Files.GetInfoAsync(version.StoredPath);
        Assert.NotNull(info);
        Assert.Equal("project-1", info.Metadata["project"]);
        Assert.Equal("item-1", info.Metadata["item"]);
        Assert.Equal("secretary-1", info.Metadata["uploader"]);
        Assert.Equal(version.UploadedAt, DateTimeOffset.Parse(info.Metadata["uploadedAt"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), info.Metadata["size"]);
        Assert.Equal(version.Sha256, info.Metadata["sha256"]);
        Assert.Equal(contentType, info.Metadata["contentType"]);
        Assert.Equal(name, info.Metadata["originalName"]);
        Assert.Equal("1", info.Metadata["version"]);

        var record = await RecordAsync();
        Assert.Equal("project-1", record!.ProjectId);
        Assert.Equal([version], record.Versions("item-1"));
    }

    [Fact]
    public async Task ReUpload_AddsVersion2_AndKeepsVersion1Readable()
    {
        var first = TestFiles.Pdf(1000);
        var second = TestFiles.Pdf(2000);

        var one = await UploadAsync("总结.pdf", server.Serve(first), "item-1", "activity-1");
        var two = await UploadAsync("总结-修改.pdf", server.Serve(second), "item-1", "activity-2");

        Assert.Equal(2, two.Version!.Version);
        Assert.Contains("/v2-", two.Version.StoredPath, StringComparison.Ordinal);
        Assert.Equal(first, await ReadAsync(one.Version!.StoredPath));
        Assert.Equal(second, await ReadAsync(two.Version.StoredPath));
        Assert.Equal([1, 2], (await RecordAsync())!.Versions("item-1").Select(v => v.Version));
    }

    [Fact]
    public async Task Versions_AreCountedPerItem()
    {
        await UploadAsync("a.pdf", server.Serve(TestFiles.Pdf()), "item-1", "activity-1");

        var other = await UploadAsync("b.pdf", server.Serve(TestFiles.Pdf()), "item-2", "activity-2");

        Assert.Equal(1, other.Version!.Version);
    }

    [Fact]
    public async Task SameActivity_DeliveredTwice_StoresOneVersion_AndReportsDuplicate()
    {
        var url = server.Serve(TestFiles.Pdf());
        var first = await UploadAsync("a.pdf", url, "item-1", "activity-1");

        var again = await UploadAsync("a.pdf", url, "item-1", "activity-1");

        Assert.True(again.Succeeded);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Version, again.Version);
        Assert.Single((await RecordAsync())!.Versions("item-1"));
        Assert.Single(await StoredPathsAsync(Prefix));
    }

    [Fact]
    public async Task SameActivity_DeliveredTwiceAtOnce_RecordsOneVersion_AndLeavesOneFile()
    {
        var url = server.Serve(TestFiles.Pdf(40_000));

        var outcomes = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => Task.Run(() => UploadAsync("a.pdf", url, "item-1", "activity-1"))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Problem.ToString()));
        Assert.Single(outcomes.Select(o => o.Version).Distinct());
        Assert.Equal(3, outcomes.Count(o => o.Duplicate));
        Assert.Single((await RecordAsync())!.Versions("item-1"));
        Assert.Equal([outcomes[0].Version!.StoredPath], await StoredPathsAsync(Prefix));
    }

    [Fact]
    public async Task DifferentActivities_AtOnce_GetDistinctVersions_WithMatchingMetadata()
    {
        var outcomes = await Task.WhenAll(
            Enumerable.Range(1, 3).Select(i => Task.Run(() => UploadAsync($"{i}.pdf", server.Serve(TestFiles.Pdf()), "item-1", $"activity-{i}"))));

        Assert.Equal([1, 2, 3], outcomes.Select(o => o.Version!.Version).Order());
        foreach (var outcome in outcomes)
        {
            var info = await Files.GetInfoAsync(outcome.Version!.StoredPath);
            Assert.Equal(outcome.Version.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), info!.Metadata["version"]);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Refuses_AFileOverTheLimit_AndKeepsNothing(bool announceLength)
    {
        var url = server.Generated(DocumentLimit + 1, TestFiles.Pdf(100), announceLength);

        var outcome = await UploadAsync("big.pdf", url, "item-1", "activity-1");

        Assert.Equal(UploadProblem.TooLarge, outcome.Problem);
        Assert.Equal(DocumentLimit, outcome.Limit);
        Assert.Equal(FileKind.Document, outcome.Kind);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Refuses_AHugeStreamWithoutLength_AfterReadingOnlyToTheLimit()
    {
        // 10 GB would take minutes to read whole: finishing fast shows reading stopped at the limit.
        var url = server.Generated(10L * 1024 * 1024 * 1024, TestFiles.Mp4(100), announceLength: false);

        var outcome = await UploadAsync("big.mp4", url, "video", "activity-1", accepted: [FileKind.Video]).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(UploadProblem.TooLarge, outcome.Problem);
        Assert.Equal(VideoLimit, outcome.Limit);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Accepts_AFileOfExactlyTheLimit()
    {
        var url = server.Generated(DocumentLimit, TestFiles.Pdf(100), announceLength: false);

        var outcome = await UploadAsync("full.pdf", url, "item-1", "activity-1");

        Assert.True(outcome.Succeeded, outcome.Problem.ToString());
        Assert.Equal(DocumentLimit, outcome.Version!.Size);
        var expected = new byte[DocumentLimit];
        LoopbackFileServer.Fill(expected, 0, TestFiles.Pdf(100));
        Assert.Equal(Sha256(expected), outcome.Version.Sha256);
    }

    [Fact]
    public async Task Refuses_AnExeRenamedToPdf()
    {
        var outcome = await UploadAsync("总结.pdf", server.Serve(TestFiles.Exe()), "item-1", "activity-1");

        Assert.Equal(UploadProblem.ContentMismatch, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Refuses_AZipRenamedToDocx()
    {
        var outcome = await UploadAsync("申报书.docx", server.Serve(TestFiles.PlainZip()), "item-1", "activity-1");

        Assert.Equal(UploadProblem.ContentMismatch, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("材料.zip")]
    [InlineData("setup.exe")]
    [InlineData("无扩展名")]
    [InlineData("notes.txt")]
    public async Task Refuses_TypesOutsideTheAllowList(string name)
    {
        var outcome = await UploadAsync(name, server.Serve(TestFiles.PlainZip()), "item-1", "activity-1");

        Assert.Equal(UploadProblem.TypeNotAllowed, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Refuses_AnEmptyFile()
    {
        var outcome = await UploadAsync("空.pdf", server.Serve([]), "item-1", "activity-1");

        Assert.Equal(UploadProblem.Empty, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Reports_Unreachable_ForA404()
    {
        var outcome = await UploadAsync("a.pdf", server.Missing, "item-1", "activity-1");

        Assert.Equal(UploadProblem.Unreachable, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Reports_Unreachable_ForAClosedPort()
    {
        var outcome = await UploadAsync("a.pdf", LoopbackFileServer.ClosedPort(), "item-1", "activity-1");

        Assert.Equal(UploadProblem.Unreachable, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Stores_ATraversalName_UnderAGeneratedPath()
    {
        var outcome = await UploadAsync("../../x.pdf", server.Serve(TestFiles.Pdf()), "item-1", "activity-1");

        Assert.True(outcome.Succeeded);
        Assert.Equal("x.pdf", outcome.Version!.OriginalName);
        Assert.StartsWith($"deliverables/{campaign}/unit-1/item-1/v1-", outcome.Version.StoredPath, StringComparison.Ordinal);
        Assert.Equal("x.pdf", (await Files.GetInfoAsync(outcome.Version.StoredPath))!.Metadata["originalName"]);
    }

    [Fact]
    public async Task Accepts_ADataUrl()
    {
        var content = TestFiles.Png();

        var outcome = await UploadAsync("图.png", new Uri(TestFiles.DataUrl(content, "image/png")), "photo", "activity-1", accepted: [FileKind.Image]);

        Assert.True(outcome.Succeeded, outcome.Problem.ToString());
        Assert.Equal(Sha256(content), outcome.Version!.Sha256);
        Assert.Equal(content, await ReadAsync(outcome.Version.StoredPath));
    }

    [Fact]
    public async Task VideoItem_RefusesAPdf()
    {
        var outcome = await UploadAsync("总结.pdf", server.Serve(TestFiles.Pdf()), "micro-video", "activity-1", accepted: [FileKind.Video]);

        Assert.Equal(UploadProblem.TypeNotAllowed, outcome.Problem);
        Assert.Equal(FileKind.Document, outcome.Kind);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task RecordingOutage_LeavesNoFileAndNoVersion_AndARetrySucceedsAsVersion1()
    {
        var url = server.Serve(TestFiles.Pdf());
        Documents.WritesFail = true;

        var failed = await UploadAsync("a.pdf", url, "item-1", "activity-1");

        Documents.WritesFail = false;
        Assert.Equal(UploadProblem.StorageUnavailable, failed.Problem);
        Assert.Null(failed.Version);
        await AssertNothingStoredAsync();

        var retried = await UploadAsync("a.pdf", url, "item-1", "activity-1");

        Assert.True(retried.Succeeded);
        Assert.False(retried.Duplicate);
        Assert.Equal(1, retried.Version!.Version);
        Assert.Equal([retried.Version.StoredPath], await StoredPathsAsync(Prefix));
    }

    [Fact]
    public async Task ReadingOutage_StoresNothing()
    {
        Documents.ReadsFail = true;

        var outcome = await UploadAsync("a.pdf", server.Serve(TestFiles.Pdf()), "item-1", "activity-1");

        Documents.ReadsFail = false;
        Assert.Equal(UploadProblem.StorageUnavailable, outcome.Problem);
        await AssertNothingStoredAsync();
    }

    private string Prefix => $"deliverables/{campaign}/";

    private Task<UploadOutcome> UploadAsync(string name, Uri source, string item, string activity, FileKind[]? accepted = null) =>
        Pipeline.UploadAsync(new UploadRequest(
            campaign, "unit-1", "project-1", item, "secretary-1", activity, new IncomingFile(name, "application/octet-stream", source),
            accepted ?? [FileKind.Document], Late: false));

    private Task<DeliverableRecord?> RecordAsync() => BackendDocuments.GetAsync<DeliverableRecord>(DeliverableRecord.KeyFor(campaign, "unit-1"));

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(await StoredPathsAsync(Prefix));
        var record = await RecordAsync();
        Assert.True(record is null || record.Items.Values.All(v => v.Count == 0), "A version was recorded.");
    }

    private async Task<byte[]> ReadAsync(string path)
    {
        var stream = await Files.OpenReadAsync(path);
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
