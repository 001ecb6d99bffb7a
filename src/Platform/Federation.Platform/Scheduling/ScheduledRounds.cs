using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Kernel.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Scheduling;

/// <summary>
/// Claims a round by inserting its row: the primary key lets exactly one insert succeed, on
/// SQLite and PostgreSQL alike, so no lock service is needed. The rows double as a log of which
/// host ran which round.
/// </summary>
internal sealed class ScheduledRounds(ILifetimeScope scope, TimeProvider clock, IHostIdentity host) : IScheduledRounds
{
    public async Task<bool> TryClaim(string job, DateTime roundStartUtc, CancellationToken cancellationToken)
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        if (await db.ScheduledRounds.AnyAsync(r => r.Job == job && r.RoundStartUtc == roundStartUtc, cancellationToken)) return false;
        db.ScheduledRounds.Add(new ScheduledRound
        {
            Job = job,
            RoundStartUtc = roundStartUtc,
            ClaimedBy = host.Name,
            ClaimedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another host inserted the same round between our look and our insert.
            return false;
        }
    }
}
