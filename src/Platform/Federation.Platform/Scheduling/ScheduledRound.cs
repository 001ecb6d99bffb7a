using Federation.Kernel.Persistence;

namespace Federation.Platform.Scheduling;

/// <summary>One round of a periodic job, claimed by one host: the key (job, round) is unique.</summary>
[NotAudited]
internal sealed class ScheduledRound
{
    public required string Job { get; init; }
    public DateTime RoundStartUtc { get; init; }
    public required string ClaimedBy { get; init; }
    public DateTime ClaimedAtUtc { get; init; }
}
