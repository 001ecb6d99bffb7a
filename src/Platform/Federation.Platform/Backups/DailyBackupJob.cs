using Federation.Kernel.Scheduling;
using Federation.Kernel.Time;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Backups;

/// <summary>
/// Takes the day's backup once it is due (<see cref="BackupSchedule.DailyAt"/>, China time), then
/// deletes the backups older than <see cref="BackupSchedule.KeepDays"/>. Of several hosts sharing the
/// store, only the one that claims the day's round does it, so each day has one backup. A host
/// started after the hour takes the day's backup at once; a failed one is logged and not retried
/// that day (the round is claimed), so a broken disk shows up in the log every day rather than every minute.
/// </summary>
internal sealed class DailyBackupJob(DatabaseBackups backups, IScheduledRounds rounds, TimeProvider clock, IOptions<BackupSchedule> schedule, ILogger<DailyBackupJob> logger)
    : BackgroundService
{
    private const string Job = "plt:daily-backup";

    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!schedule.Value.Daily) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = ChinaCalendar.ToChinaTime(clock.GetUtcNow().UtcDateTime);
                if (now.TimeOfDay >= schedule.Value.DailyAt
                    && await rounds.TryClaim(Job, DateTime.SpecifyKind(now.Date, DateTimeKind.Utc), stoppingToken))
                {
                    var taken = await backups.Create(stoppingToken);
                    logger.LogInformation("Daily backup taken: {File}", taken?.File);
                    foreach (var removed in backups.RemoveOlderThan(schedule.Value.KeepDays))
                        logger.LogInformation("Backup {File} removed: older than {Days} days", removed.File, schedule.Value.KeepDays);
                }
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "The daily backup failed; the next one is due tomorrow");
            }
            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
