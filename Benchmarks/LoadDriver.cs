using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DualCreationBot.Benchmarks;

/// <summary>N conversations, each sending its script in a loop, one turn at a time, over HTTP with expectReplies.</summary>
internal static class LoadDriver
{
    /// <summary>A multi-step walk through the real dialogs: menu → conditions → type, menu → schedule → stage.</summary>
    public static readonly string[] DialogScript = ["申报条件", "支部", "日程安排", "3", "申报条件", "1", "日程安排", "返回主菜单"];

    public static readonly string[] EchoScript = DialogScript;

    public static async Task<LoadResult> RunAsync(Target target, int conversations, TimeSpan warmup, TimeSpan duration, string[] script)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = conversations * 2 });
        var prefix = Guid.NewGuid().ToString("N")[..8];

        // Greet every conversation first, so the measured turns are all dialog turns.
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => SendAsync(client, target, prefix + "-" + c, "你好")));

        using var warm = new CancellationTokenSource(warmup);
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => LoopAsync(client, target, prefix + "-" + c, script, null, warm.Token)));

        var latencies = Enumerable.Range(0, conversations).Select(_ => new List<long>(100_000)).ToArray();
        var errors = new long[conversations];
        using var measured = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
            errors[c] = await LoopAsync(client, target, prefix + "-" + c, script, latencies[c], measured.Token)));
        var elapsed = clock.Elapsed.TotalSeconds;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, elapsed, Percentile(all, 0.50), Percentile(all, 0.99), errors.Sum());
    }

    private static async Task<long> LoopAsync(HttpClient client, Target target, string conversation, string[] script, List<long>? latencies, CancellationToken stop)
    {
        long errors = 0;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var ok = await SendAsync(client, target, conversation, script[i % script.Length]);
            latencies?.Add(Stopwatch.GetTimestamp() - start);
            errors += ok ? 0 : 1;
        }

        return errors;
    }

    private static async Task<bool> SendAsync(HttpClient client, Target target, string conversation, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["locale"] = "zh-CN",
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["serviceUrl"] = "http://127.0.0.1:1",
            ["from"] = new JsonObject { ["id"] = UserOf(conversation) },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
        };
        using var response = await client.PostAsJsonAsync(target.Messages, activity);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("\"activities\"", StringComparison.Ordinal);
    }

    /// <summary>Each conversation is a different person of the sample roster (the bot serves only known people).</summary>
    private static string UserOf(string conversation) =>
        Users[int.Parse(conversation[(conversation.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % Users.Length];

    private static readonly string[] Users =
    [
        "demo-reviewer", "demo-gb-wx", "demo-br-wx-1", "demo-br-wx-2", "demo-br-wx-3", "demo-gb-sx", "demo-br-sx-1", "demo-br-sx-2",
        "demo-br-sx-3", "demo-gb-wy", "demo-br-wy-1", "demo-br-wy-2", "demo-br-wy-3", "demo-admin",
    ];

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : Stopwatches.Milliseconds(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)]);
}
