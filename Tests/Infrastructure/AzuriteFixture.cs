using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace DualCreationBot.Tests.Infrastructure;

/// <summary>
/// Starts a private Azurite blob service for a test collection and stops it afterwards. Azurite
/// comes from the repository's package-lock.json; when it is not installed yet, <c>npm ci</c>
/// installs it. A missing Node/npm or a failed start fails the tests: the blob backend must
/// never pass by being skipped.
/// </summary>
public sealed partial class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known key of Azurite's development account; public by design, not a secret.</summary>
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource<int> port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? process;
    private DirectoryInfo? dataFolder;
    private BlobServiceClient? service;

    /// <summary>Connection string of the running instance (account devstoreaccount1).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>A client for a container no other test uses; the store under test creates it.</summary>
    public BlobContainerClient NewContainer()
    {
        if (service is null)
        {
            throw new InvalidOperationException("Azurite has not been started.");
        }

        return service.GetBlobContainerClient("t" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Host settings putting the bot on this Azurite, in a fresh pair of containers: call once per test
    /// and give the same settings to every harness of the test so they share the data.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotSettings()
    {
        var containers = Guid.NewGuid().ToString("N")[..20];
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:BlobConnectionString"] = ConnectionString,
            ["Storage:DocumentsContainer"] = "d" + containers,
            ["Storage:FilesContainer"] = "f" + containers,
        };
    }

    public async Task InitializeAsync()
    {
        var root = FindRepositoryRoot();
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob");
        await EnsureInstalledAsync(root, executable).ConfigureAwait(false);

        dataFolder = Directory.CreateTempSubdirectory("azurite-");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Port 0: the OS picks a free port, so parallel runs and other services never collide.
        // --skipApiVersionCheck: the SDK speaks a newer API version than Azurite 3.37.0 accepts.
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", "0", "-l", dataFolder.FullName, "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("Azurite exited before it was listening."));
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start {executable}: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        int listening;
        try
        {
            listening = await port.Task.WaitAsync(StartTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // Give the stream readers a moment to deliver what Azurite said before it died.
            await Task.Delay(200).ConfigureAwait(false);
            throw new InvalidOperationException(
                $"Azurite did not start listening within {StartTimeout.TotalSeconds:0} s ({e.Message}).\n" +
                $"stdout:\n{Snapshot(stdout)}\nstderr:\n{Snapshot(stderr)}",
                e);
        }

        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{listening}/devstoreaccount1;";
        service = new BlobServiceClient(ConnectionString);
    }

    public Task DisposeAsync()
    {
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill: nothing left to stop.
            }

            process.Dispose();
        }

        try
        {
            dataFolder?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a finished test run for.
        }

        return Task.CompletedTask;
    }

    /// <summary>The folder holding DualCreationBot.sln, found upwards from the test binaries.</summary>
    internal static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DualCreationBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"DualCreationBot.sln not found above {AppContext.BaseDirectory}.");
    }

    private static async Task EnsureInstalledAsync(string root, string executable)
    {
        // One install per test run even if several collections start Azurite at once.
        await InstallLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (File.Exists(executable))
            {
                return;
            }

            var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            Process npm;
            try
            {
                npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException(
                    $"Azurite is not installed ({executable} is missing) and npm could not be run to install it: {e.Message}. " +
                    "Install Node.js with npm, then run 'npm ci' in the repository root.",
                    e);
            }

            using (npm)
            {
                var output = npm.StandardOutput.ReadToEndAsync();
                var errors = npm.StandardError.ReadToEndAsync();
                await npm.WaitForExitAsync().ConfigureAwait(false);
                if (npm.ExitCode != 0 || !File.Exists(executable))
                {
                    throw new InvalidOperationException(
                        $"'npm ci' in {root} failed (exit code {npm.ExitCode}), so Azurite is not available.\n" +
                        $"stdout:\n{await output.ConfigureAwait(false)}\nstderr:\n{await errors.ConfigureAwait(false)}");
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private void OnOutput(string? line)
    {
        Append(stdout, line);

        // 3.37.0 prints "Azurite Blob service successfully listens on http://127.0.0.1:PORT";
        // the earlier "is starting on 127.0.0.1:0" line has no URL, so it cannot match.
        if (line is not null && ListeningUrl().Match(line) is { Success: true } match)
        {
            port.TrySetResult(int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"listen\w* (?:at|on) http://127\.0\.0\.1:(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningUrl();
}

/// <summary>Tests against Azurite. They run alone: the 100 MB streaming test measures the heap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
