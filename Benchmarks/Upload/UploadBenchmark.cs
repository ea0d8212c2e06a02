using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Deliverables.Upload;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DualCreationBot.Benchmarks.Upload;

/// <summary>
/// Uploads one generated file, served over loopback HTTP, into Azurite twice: through the upload
/// pipeline (production wiring: resilient blob store, screening, hash, record) and with a plain
/// BlobClient.UploadAsync of the same HTTP stream. Prints throughput, their ratio and the
/// working-set growth during the pipeline upload. Figures, not a pass/fail test.
/// </summary>
internal static class UploadBenchmark
{
    private const int Megabyte = 1024 * 1024;

    public static async Task RunAsync(long megabytes)
    {
        var length = megabytes * Megabyte;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Upload benchmark: {megabytes} MB from loopback HTTP into Azurite, {Environment.ProcessorCount} cores"));
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var server = await StartServerAsync();
        var source = new Uri(server.Urls.First() + "/video.mp4?length=" + length.ToString(CultureInfo.InvariantCulture));
        var warmup = new Uri(server.Urls.First() + "/video.mp4?length=" + Megabyte.ToString(CultureInfo.InvariantCulture));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:BlobConnectionString"] = azurite.ConnectionString,
            ["Uploads:VideoMaxBytes"] = (length + Megabyte).ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddDualCreationStorage(configuration)
            .AddDeliverableUploads(configuration)
            .BuildServiceProvider();
        await using (services)
        {
            var pipeline = services.GetRequiredService<IUploadPipeline>();
            await UploadAsync(pipeline, warmup, "warmup");
            var plainContainer = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("plain");
            await plainContainer.CreateIfNotExistsAsync();
            using var http = new HttpClient();
            await PlainAsync(plainContainer, http, warmup, "warmup");

            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var sampler = new WorkingSetSampler();
            var watch = Stopwatch.StartNew();
            var outcome = await UploadAsync(pipeline, source, "measured");
            var pipelineSeconds = watch.Elapsed.TotalSeconds;
            var growth = sampler.Stop();
            if (!outcome.Succeeded || outcome.Version!.Size != length)
            {
                throw new InvalidOperationException($"The pipeline upload failed: {outcome.Problem}");
            }

            watch.Restart();
            await PlainAsync(plainContainer, http, source, "measured");
            var plainSeconds = watch.Elapsed.TotalSeconds;

            var pipelineRate = megabytes / pipelineSeconds;
            var plainRate = megabytes / plainSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline (screen, hash, blob, record) {pipelineRate,8:F1} MB/s  ({pipelineSeconds:F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plain BlobClient.UploadAsync          {plainRate,8:F1} MB/s  ({plainSeconds:F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio pipeline/plain: {pipelineRate / plainRate:F2} (target >= 0.70)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working-set growth during the pipeline upload: peak {growth.Sampled / (double)Megabyte:F1} MB sampled, {growth.Peak / (double)Megabyte:F1} MB by PeakWorkingSet64 (target <= 64 MB)"));
        }
    }

    private static Task<UploadOutcome> UploadAsync(IUploadPipeline pipeline, Uri source, string activity) =>
        pipeline.UploadAsync(new UploadRequest(
            "bench", "unit", "project", "micro-video", "benchmark", activity + Guid.NewGuid().ToString("N"),
            new IncomingFile("微视频.mp4", "video/mp4", source), [FileKind.Video], Late: false));

    private static async Task PlainAsync(BlobContainerClient container, HttpClient http, Uri source, string name)
    {
        using var response = await http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await container.GetBlobClient(name).UploadAsync(body, overwrite: true);
    }

    /// <summary>Serves /video.mp4?length=N: an mp4 box header, then a generated pattern, in 64 KB chunks.</summary>
    private static async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/video.mp4", async (HttpContext context, long length) =>
        {
            context.Response.ContentLength = length;
            var buffer = new byte[64 * 1024];
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(i * 31);
            }

            for (long offset = 0; offset < length; offset += buffer.Length)
            {
                var chunk = buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - offset));
                if (offset == 0)
                {
                    "\0\0\0\u0018ftypisom"u8.CopyTo(chunk.Span);
                }

                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>Samples the working set every 10 ms; reports the largest growth over the start.</summary>
    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly long baseline;
        private readonly long peakBaseline;
        private readonly Task<long> sampling;

        public WorkingSetSampler()
        {
            using var self = Process.GetCurrentProcess();
            baseline = self.WorkingSet64;
            peakBaseline = self.PeakWorkingSet64;
            sampling = Task.Run(async () =>
            {
                var peak = baseline;
                using var process = Process.GetCurrentProcess();
                while (!stop.IsCancellationRequested)
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    await Task.Delay(10, CancellationToken.None);
                }

                return peak;
            });
        }

        public (long Sampled, long Peak) Stop()
        {
            stop.Cancel();
            var sampled = sampling.GetAwaiter().GetResult();
            using var self = Process.GetCurrentProcess();

            // PeakWorkingSet64 is the process's peak so far; growth over the peak before counts only if this upload set a new one.
            return (sampled - baseline, Math.Max(0, self.PeakWorkingSet64 - Math.Max(peakBaseline, baseline)));
        }

        public void Dispose() => stop.Dispose();
    }
}
