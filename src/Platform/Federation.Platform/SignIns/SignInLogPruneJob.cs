using Federation.Kernel.Scheduling;

namespace Federation.Platform.SignIns;

/// <summary>Prunes the sign-in log at start-up and every hour on the injected clock, on the one host that claims the hour.</summary>
internal sealed class SignInLogPruneJob(SignInLogPrune prune, IScheduledRounds rounds, TimeProvider clock, ILogger<SignInLogPruneJob> logger)
    : BackgroundService
{
    private const string Job = "plt:sign-in-log-prune";

    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await rounds.TryClaim(Job, Rounds.HourOf(clock.GetUtcNow()), stoppingToken))
                    await prune.Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Pruning the sign-in log failed; the next round catches up");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
