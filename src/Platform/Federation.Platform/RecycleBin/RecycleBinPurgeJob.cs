using Federation.Kernel.Scheduling;

namespace Federation.Platform.RecycleBin;

/// <summary>Purges the bin at start-up and every hour on the injected clock, on the one host that claims the hour.</summary>
internal sealed class RecycleBinPurgeJob(RecycleBinPurge purge, IScheduledRounds rounds, TimeProvider clock, ILogger<RecycleBinPurgeJob> logger)
    : BackgroundService
{
    private const string Job = "plt:recycle-bin-purge";

    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await rounds.TryClaim(Job, Rounds.HourOf(clock.GetUtcNow()), stoppingToken))
                    await purge.Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "The recycle bin's purge failed; the next round catches up");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
