using DualCreationBot.Services.Deliverables.Upload;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Local;
using DualCreationBot.Tests.Infrastructure;
using DualCreationBot.Tests.Services.Deliverables.Upload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Services.Files;

/// <summary>Application materials go through the same screening as deliverables.</summary>
public sealed class FileIntakeTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services;
    private readonly IFileStore files;

    public FileIntakeTests()
    {
        files = new LocalFileStore(Options.Create(new StorageOptions { DataFolder = folder.Path }));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Uploads:ImageMaxBytes"] = "1000" }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(files)
            .AddDeliverableUploads(configuration)
            .AddSingleton<IFileIntake, FileIntake>()
            .BuildServiceProvider();
    }

    private IFileIntake Intake => services.GetRequiredService<IFileIntake>();

    [Fact]
    public async Task Stores_APdf_WithSizeAndHashInItsMetadata()
    {
        var content = TestFiles.Pdf();

        var result = await Intake.StoreAsync(File("../材料.pdf", content, "application/pdf"), "applications/p1", new Dictionary<string, string> { ["project"] = "p1" });

        Assert.True(result.Succeeded);
        Assert.Equal("材料.pdf", result.Name);
        Assert.Equal("application/pdf", result.ContentType);
        Assert.Matches("^applications/p1/[0-9a-f]{32}\\.pdf$", result.Path);
        var info = await files.GetInfoAsync(result.Path);
        Assert.Equal(result.Sha256, info!.Metadata["sha256"]);
        Assert.Equal("材料.pdf", info.Metadata["originalName"]);
        Assert.Equal("p1", info.Metadata["project"]);
    }

    [Fact]
    public async Task Refuses_AnExeRenamedToPdf()
    {
        var result = await Intake.StoreAsync(File("材料.pdf", TestFiles.Exe(), "application/pdf"), "applications/p1", new Dictionary<string, string>());

        Assert.Equal(IntakeProblem.ContentMismatch, result.Problem);
    }

    [Fact]
    public async Task Refuses_AZip()
    {
        var result = await Intake.StoreAsync(File("材料.zip", TestFiles.PlainZip(), "application/zip"), "applications/p1", new Dictionary<string, string>());

        Assert.Equal(IntakeProblem.TypeNotAllowed, result.Problem);
    }

    [Fact]
    public async Task Applies_TheKindsLimit()
    {
        var result = await Intake.StoreAsync(File("合影.png", TestFiles.Png(1001), "image/png"), "applications/p1", new Dictionary<string, string>());

        Assert.Equal(IntakeProblem.TooLarge, result.Problem);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "files", "applications", "p1")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "files", "applications", "p1")).Any());
    }

    [Fact]
    public async Task ReadSmall_ReadsARosterFromADataUrl_AndRefusesOneOverTheLimit()
    {
        var csv = "姓名,工号\n张三,1001\n"u8.ToArray();
        var source = new Uri(TestFiles.DataUrl(csv, "text/csv"));

        await using var read = await Intake.ReadSmallAsync(source, 1000);
        Assert.NotNull(read);
        Assert.Equal(csv, ((MemoryStream)read).ToArray());
        Assert.Null(await Intake.ReadSmallAsync(source, 5));
    }

    public void Dispose()
    {
        services.Dispose();
        folder.Dispose();
    }

    private static IncomingFile File(string name, byte[] content, string type) => new(name, type, new Uri(TestFiles.DataUrl(content, type)));
}
