using DualCreationBot.Services.Reminders;
using DualCreationBot.Services.Reminders.Sweeping;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Bot.Reminders;

/// <summary>Runs the reminder sweep on a <see cref="TimeProvider"/> timer (every minute by default).</summary>
internal sealed partial class ReminderHostedService(IServiceProvider services, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start-up first: storage calls may complete synchronously.
        await Task.Yield();

        // Resolved here, not in the constructor: the host builds hosted services before it validates options.
        var sweep = services.GetRequiredService<IReminderSweep>();
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                var report = await sweep.RunOnceAsync(stoppingToken);
                if (report.Due > 0)
                {
                    LogSwept(logger, report.Due, report.Sent, report.AlreadyHandled, report.Unreachable, report.Failed, report.NoContact);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A storage outage must not stop future sweeps; markers make the next one safe.
                LogSweepFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sweep: {Due} due, {Sent} sent, {Handled} already handled, {Unreachable} unreachable, {Failed} failed, {NoContact} without contact")]
    private static partial void LogSwept(ILogger logger, int due, int sent, int handled, int unreachable, int failed, int noContact);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
