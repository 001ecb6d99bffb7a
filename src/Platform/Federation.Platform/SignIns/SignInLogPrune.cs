using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.SignIns;

/// <summary>
/// Deletes sign-in log entries older than the retention, and the lockout counts of pairs that have
/// not failed for a day and are not locked. Returns how many log entries went.
/// </summary>
internal sealed class SignInLogPrune(ILifetimeScope scope, IOptions<SignInLogOptions> options, TimeProvider clock)
{
    public async Task<int> Run(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var quiet = now.AddDays(-1);
        await using var system = scope.BeginSystemScope();
        var db = system.Resolve<PlatformDbContext>();
        var pruned = 0;
        await db.InBulkTransaction(async token =>
        {
            pruned = await db.SignInRecords.Where(r => r.AtUtc < cutoff).ExecuteDeleteAsync(token);
            await db.SignInLocks.Where(l => l.LastFailureUtc < quiet && (l.LockedUntilUtc == null || l.LockedUntilUtc <= now)).ExecuteDeleteAsync(token);
        }, ct);
        return pruned;
    }
}
