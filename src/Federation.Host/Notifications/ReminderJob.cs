namespace Federation.Host.Notifications;

/// <summary>
/// Runs the reminder sweep at start-up and every hour on the injected clock. A failed round is
/// logged and the next one catches up, since the sweep only writes what is missing.
/// </summary>
internal sealed class ReminderJob(ReminderSweep sweep, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweep.Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "The reminder round failed; the next round catches up");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
