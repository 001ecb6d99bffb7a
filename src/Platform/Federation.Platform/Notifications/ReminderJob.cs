using Federation.Kernel.Scheduling;

namespace Federation.Platform.Notifications;

/// <summary>
/// Runs the reminder sweep at start-up and every hour on the injected clock, then e-mails what
/// the sweep wrote when mail is configured; of several hosts, only the one that claims the hour
/// does. A failed round is logged and the next one catches up, since the sweep only writes what
/// is missing and the mail only sends what is unmarked.
/// </summary>
internal sealed class ReminderJob(ReminderSweep sweep, ReminderMail mail, IScheduledRounds rounds, TimeProvider clock, ILogger<ReminderJob> logger)
    : BackgroundService
{
    private const string Job = "plt:reminders";

    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await Claimed(stoppingToken))
            {
                await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }
            try
            {
                await sweep.Run(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "The reminder round failed; the next round catches up");
            }
            // Apart from the sweep: notices already written are still mailed when this round's sweep failed.
            try
            {
                await mail.Send(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Sending the reminder mails failed; the next round tries again");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<bool> Claimed(CancellationToken stoppingToken)
    {
        try
        {
            return await rounds.TryClaim(Job, Rounds.HourOf(clock.GetUtcNow()), stoppingToken);
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "Claiming this hour's reminder round failed; the next hour tries again");
            return false;
        }
    }
}
