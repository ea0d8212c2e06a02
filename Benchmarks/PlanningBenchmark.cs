using System.Diagnostics;
using System.Globalization;
using DualCreationBot.Services.Reminders;

namespace DualCreationBot.Benchmarks;

/// <summary>Planning the due reminders over every deadline for 1k, 10k and 100k units: time and growth factor.</summary>
internal static class PlanningBenchmark
{
    public static void Run()
    {
        var planner = PlanningBenchmarkData.Planner();
        double? previous = null;
        Console.WriteLine("units      due-now (median of 5)   whole campaign plan   reminders   growth (due-now)");
        foreach (var units in new[] { 1_000, 10_000, 100_000 })
        {
            var snapshot = PlanningBenchmarkData.SyntheticSnapshot(units);

            // A day with all three offsets live: the application's d7 falls on 2018-09-23.
            var now = new DateTimeOffset(2018, 9, 23, 8, 5, 0, TimeSpan.FromHours(8));
            planner.Due(snapshot, now, null);
            var due = Median(() => planner.Due(snapshot, now, null).Count, out var dueCount);
            var whole = Median(() => planner.Plan(snapshot, now.AddDays(-30), now.AddYears(3)).Count, out var planned);
            var growth = previous is null ? "-" : (due / previous.Value).ToString("F1", CultureInfo.InvariantCulture) + "x";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{units,-10} {due,8:F1} ms ({dueCount} due)   {whole,10:F1} ms        {planned,9}   {growth}"));
            previous = due;
        }
    }

    private static double Median(Func<int> run, out int result)
    {
        var times = new List<double>();
        result = 0;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            result = run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[2];
    }
}
