using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Identity;

/// <summary>
/// Counts wrong passwords towards the lockout in one UPDATE each, so parallel guesses cannot
/// overwrite each other's count the way saving the loaded user row did (issue 24: of 50 parallel
/// guesses, 4 were counted). The statement also sets the lock, reading the row's own values.
/// </summary>
internal sealed class SignInFailures(PlatformDbContext db, TimeProvider clock)
{
    /// <summary>Counts one failure; answers when the account is locked until, if it now is.</summary>
    public async Task<DateTime?> Count(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + User.LockoutDuration;
        const int max = User.MaxFailedSignIns;
        // SET expressions see the row as it was: an expired lock starts the count again at 1,
        // a running lock stays as it is (guessing does not prolong it), else the count may lock.
        await db.InBulkTransaction(token => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, u => u.LockedUntilUtc != null && u.LockedUntilUtc <= now ? 1 : u.FailedSignIns + 1)
            .SetProperty(u => u.LockedUntilUtc, u =>
                u.LockedUntilUtc != null && u.LockedUntilUtc > now ? u.LockedUntilUtc
                : (u.LockedUntilUtc != null && u.LockedUntilUtc <= now ? 1 : u.FailedSignIns + 1) >= max ? until
                : null), token), ct);
        return await LockedUntil(userId, now, ct);
    }

    public async Task<DateTime?> LockedUntil(Guid userId, CancellationToken ct) =>
        await LockedUntil(userId, clock.GetUtcNow().UtcDateTime, ct);

    /// <summary>After the right password: the count starts again, unless a lock has just been set beside this attempt.</summary>
    public Task Clear(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.InBulkTransaction(token => db.Users
            .Where(u => u.Id == userId && (u.FailedSignIns != 0 || u.LockedUntilUtc != null))
            .Where(u => u.LockedUntilUtc == null || u.LockedUntilUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntilUtc, (DateTime?)null), token), ct);
    }

    private async Task<DateTime?> LockedUntil(Guid userId, DateTime now, CancellationToken ct)
    {
        var until = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.LockedUntilUtc).FirstOrDefaultAsync(ct);
        return until > now ? until : null;
    }
}
