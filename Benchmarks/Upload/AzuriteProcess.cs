using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DualCreationBot.Benchmarks.Upload;

/// <summary>
/// A private Azurite blob service on a free loopback port, as the tests start it
/// (Tests/Infrastructure/AzuriteFixture): repository's node_modules, installed with npm ci if missing.
/// </summary>
internal sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known key of Azurite's development account; public by design, not a secret.</summary>
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly DirectoryInfo data;

    private AzuriteProcess(Process process, DirectoryInfo data, int port)
    {
        this.process = process;
        this.data = data;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync()
    {
        var root = RepositoryRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = root })
                ?? throw new InvalidOperationException("npm did not start.");
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException("'npm ci' failed, so Azurite is not available.");
            }
        }

        var data = Directory.CreateTempSubdirectory("dcb-bench-azurite-");
        var start = new ProcessStartInfo(executable) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", "0", "-l", data.FullName, "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningUrl().Match(e.Data) is { Success: true } match)
            {
                port.TrySetResult(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AzuriteProcess(process, data, await port.Task.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        data.Delete(recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DualCreationBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DualCreationBot.sln not found.");
    }

    [GeneratedRegex(@"listen\w* (?:at|on) http://127\.0\.0\.1:(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningUrl();
}
