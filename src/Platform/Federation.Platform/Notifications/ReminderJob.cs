using Federation.Kernel.Scheduling;
using Federation.Platform.Scheduling;
using Federation.Platform.Telemetry;

namespace Federation.Platform.Notifications;

/// <summary>
/// Runs the reminder sweep at start-up and every hour, then e-mails what the sweep wrote when mail
/// is configured; of several hosts, only the one that claims the hour does. A failed round is
/// caught up by the next, since the sweep only writes what is missing and the mail only sends what
/// is unmarked.
/// </summary>
internal sealed class ReminderJob(ReminderSweep sweep, ReminderMail mail, ReminderRounds ran, IScheduledRounds rounds, TimeProvider clock,
    ILogger<ReminderJob> logger)
    : HourlyRoundJob(rounds, clock, logger)
{
    protected override string Job => "plt:reminders";

    protected override string Failed => "The reminder round failed";

    protected override async Task Run(CancellationToken ct)
    {
        var swept = true;
        try
        {
            await sweep.Run(ct);
        }
        catch (Exception failure) when (!ct.IsCancellationRequested)
        {
            swept = false;
            Log.LogWarning(failure, "The reminder sweep failed; the next round catches up");
        }
        ran.Ran(swept);
        // Apart from the sweep: notices already written are still mailed when this round's sweep failed.
        await mail.Send(ct);
    }
}
