using Federation.Kernel.Scheduling;
using Federation.Platform.Scheduling;

namespace Federation.Platform.RecycleBin;

/// <summary>Purges the bin at start-up and every hour, on the one host that claims the hour.</summary>
internal sealed class RecycleBinPurgeJob(RecycleBinPurge purge, IScheduledRounds rounds, TimeProvider clock, ILogger<RecycleBinPurgeJob> logger)
    : HourlyRoundJob(rounds, clock, logger)
{
    protected override string Job => "plt:recycle-bin-purge";

    protected override string Failed => "The recycle bin's purge failed";

    protected override Task Run(CancellationToken ct) => purge.Run(ct);
}
