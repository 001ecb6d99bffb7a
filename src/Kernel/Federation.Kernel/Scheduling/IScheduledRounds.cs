using Federation.Kernel.Modules;

namespace Federation.Kernel.Scheduling;

/// <summary>
/// Makes a periodic job (an hourly sweep) run once per round however many host processes share
/// the store: every host wakes on its own timer and asks; only the first to claim a round runs it.
/// </summary>
[Port]
public interface IScheduledRounds
{
    /// <summary>
    /// True for the one caller that claims <paramref name="job"/>'s round starting at
    /// <paramref name="roundStartUtc"/>, across all hosts; false for every later caller.
    /// </summary>
    /// <param name="job">The job's stable name, e.g. "ent:overdue-concerns".</param>
    /// <param name="roundStartUtc">The start of the round in UTC, e.g. the hour, so every host names the same round.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    Task<bool> TryClaim(string job, DateTime roundStartUtc, CancellationToken cancellationToken);
}

/// <summary>How rounds are named.</summary>
public static class Rounds
{
    /// <summary>The start of the UTC hour <paramref name="now"/> falls in: the round of an hourly job.</summary>
    public static DateTime HourOf(DateTimeOffset now) =>
        new(now.UtcDateTime.Year, now.UtcDateTime.Month, now.UtcDateTime.Day, now.UtcDateTime.Hour, 0, 0, DateTimeKind.Utc);
}
