using System.Diagnostics;
using System.Globalization;
using DualCreationBot.Benchmarks;
using DualCreationBot.Benchmarks.Upload;

// "reminders": time to plan the due reminders for 1,000, 10,000 and 100,000 units.
if (args.Length > 0 && args[0] == "reminders")
{
    PlanningBenchmark.Run();
    return;
}

// "upload [--megabytes N]": the file upload pipeline against a plain blob upload, into Azurite.
if (args.Length > 0 && args[0] == "upload")
{
    await UploadBenchmark.RunAsync(Argument(args, "--megabytes", 200));
    return;
}

// Drives the real bot (SQLite) and a minimal CloudAdapter echo bot with the same load, in one run,
// and prints throughput and latency for both. Figures, not a pass/fail test.
var conversations = Argument(args, "--conversations", 8);
var seconds = Argument(args, "--seconds", 10);
var warmup = TimeSpan.FromSeconds(Argument(args, "--warmup", 3));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DualCreationBot benchmark: {conversations} concurrent conversations, {seconds} s per bot after {warmup.TotalSeconds} s warm-up, deliveryMode expectReplies, {Environment.ProcessorCount} cores"));

var data = Directory.CreateTempSubdirectory("dcb-bench-");
try
{
    await using var echo = await Target.StartEchoBotAsync();
    await using var bot = await Target.StartDualCreationBotAsync(data.FullName);

    var echoResult = await LoadDriver.RunAsync(echo, conversations, warmup, TimeSpan.FromSeconds(seconds), LoadDriver.EchoScript);
    var botResult = await LoadDriver.RunAsync(bot, conversations, warmup, TimeSpan.FromSeconds(seconds), LoadDriver.DialogScript);

    Console.WriteLine(echoResult.Format("echo bot (CloudAdapter)"));
    Console.WriteLine(botResult.Format("dialog bot (SQLite)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput ratio dialog/echo: {botResult.TurnsPerSecond / echoResult.TurnsPerSecond:F2} (target >= 0.60); dialog p99 {botResult.P99:F2} ms (target <= 15 ms)"));
}
finally
{
    data.Delete(recursive: true);
}

static int Argument(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed record LoadResult(long Turns, double Seconds, double P50, double P99, long Errors)
{
    public double TurnsPerSecond => Turns / Seconds;

    public string Format(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-26} {TurnsPerSecond,9:F0} turns/s   p50 {P50,6:F2} ms   p99 {P99,6:F2} ms   turns {Turns}   errors {Errors}");
}

internal static class Stopwatches
{
    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
