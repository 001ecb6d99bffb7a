using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.SignIns;

/// <summary>
/// Counts wrong passwords per (user name tried, client address) in one statement each, as the
/// per-user count did (ADR 0029), so parallel guesses are all counted; the pair's first failure
/// inserts its row.
/// </summary>
internal sealed class SignInLocks(PlatformDbContext db, TimeProvider clock)
{
    public async Task<DateTime?> LockedUntil(string userName, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = await db.SignInLocks.AsNoTracking().Where(l => l.UserName == userName && l.Address == address)
            .Select(l => l.LockedUntilUtc).FirstOrDefaultAsync(ct);
        return until > now ? until : null;
    }

    /// <summary>Counts one failure; answers until when the pair is locked, if it now is.</summary>
    public async Task<DateTime?> Count(string userName, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + SignInLock.Duration;
        const int max = SignInLock.MaxFailures;
        for (var attempt = 0; ; attempt++)
        {
            var counted = 0;
            // SET expressions see the row as it was: an expired lock starts again at 1, a running
            // one is left as it is (guessing does not prolong it), else the count may lock.
            await db.InBulkTransaction(async token => counted = await db.SignInLocks
                .Where(l => l.UserName == userName && l.Address == address).ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.Failures, l => l.LockedUntilUtc != null && l.LockedUntilUtc <= now ? 1 : l.Failures + 1)
                    .SetProperty(l => l.LockedUntilUtc, l =>
                        l.LockedUntilUtc != null && l.LockedUntilUtc > now ? l.LockedUntilUtc
                        : (l.LockedUntilUtc != null && l.LockedUntilUtc <= now ? 1 : l.Failures + 1) >= max ? until
                        : null)
                    .SetProperty(l => l.LastFailureUtc, now), token), ct);
            if (counted > 0) break;
            db.SignInLocks.Add(new SignInLock { UserName = userName, Address = address, Failures = 1, LastFailureUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another request inserted the pair's row between our update and our insert: count on it.
                db.ChangeTracker.Clear();
            }
        }
        return await LockedUntil(userName, address, ct);
    }

    /// <summary>After the right password from this address: its count starts again, unless a lock was just set beside it.</summary>
    public Task Clear(string userName, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.InBulkTransaction(token => db.SignInLocks
            .Where(l => l.UserName == userName && l.Address == address)
            .Where(l => l.LockedUntilUtc == null || l.LockedUntilUtc <= now)
            .ExecuteDeleteAsync(token), ct);
    }

    /// <summary>Whether any address is locked out of the name now, for the admin's user list.</summary>
    public async Task<HashSet<string>> LockedNames(IReadOnlyCollection<string> userNames, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = userNames.ToList();
        return (await db.SignInLocks.AsNoTracking().Where(l => names.Contains(l.UserName) && l.LockedUntilUtc > now)
            .Select(l => l.UserName).Distinct().ToListAsync(ct)).ToHashSet();
    }
}
