using Federation.Kernel.Scheduling;
using Federation.Platform.Scheduling;

namespace Federation.Platform.SignIns;

/// <summary>Prunes the sign-in log at start-up and every hour, on the one host that claims the hour.</summary>
internal sealed class SignInLogPruneJob(SignInLogPrune prune, IScheduledRounds rounds, TimeProvider clock, ILogger<SignInLogPruneJob> logger)
    : HourlyRoundJob(rounds, clock, logger)
{
    protected override string Job => "plt:sign-in-log-prune";

    protected override string Failed => "Pruning the sign-in log failed";

    protected override Task Run(CancellationToken ct) => prune.Run(ct);
}
