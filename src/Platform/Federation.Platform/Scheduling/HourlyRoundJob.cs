using Federation.Kernel.Scheduling;

namespace Federation.Platform.Scheduling;

/// <summary>
/// A platform job that runs at start-up and every hour on the injected clock, on the one host
/// that claims the hour (<see cref="IScheduledRounds"/>). A failed round is logged and the next one
/// catches up, so <see cref="Run"/> must only do what is still missing.
/// </summary>
internal abstract class HourlyRoundJob(IScheduledRounds rounds, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected ILogger Log { get; } = logger;

    /// <summary>The job's stable round name, e.g. "plt:recycle-bin-purge".</summary>
    protected abstract string Job { get; }

    /// <summary>What the log says when a round fails.</summary>
    protected abstract string Failed { get; }

    protected abstract Task Run(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await rounds.TryClaim(Job, Rounds.HourOf(clock.GetUtcNow()), stoppingToken))
                    await Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                Log.LogWarning(failure, "{Failed}; the next round catches up", Failed);
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
