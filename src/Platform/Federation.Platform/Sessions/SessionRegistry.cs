using System.Collections.Concurrent;
using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Sessions;

/// <summary>
/// Answers, for every cookie request, whether its session still stands. A row read is kept for a
/// few seconds because every request asks; ending a session drops it here at once, so on this host
/// it takes effect with the next request, and on other hosts of the same database within
/// <see cref="CacheFor"/>. Last-seen times are written at most every <see cref="TouchEvery"/>.
/// </summary>
internal sealed class SessionRegistry(ILifetimeScope scope, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, (Guid UserId, DateTime LastSeen, DateTime LoadedAt)> cache = new();

    /// <summary>True when the session exists, belongs to the user and has not been idle too long.</summary>
    public async Task<bool> Stands(Guid sessionId, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!cache.TryGetValue(sessionId, out var hit) || now - hit.LoadedAt >= CacheFor)
        {
            await using var inner = scope.BeginSystemScope();
            var row = await inner.Resolve<PlatformDbContext>().Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId).Select(s => new { s.UserId, s.LastSeenAtUtc }).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                cache.TryRemove(sessionId, out _);
                return false;
            }
            hit = (row.UserId, row.LastSeenAtUtc, now);
            cache[sessionId] = hit;
        }
        if (hit.UserId != userId || now - hit.LastSeen > UserSession.IdleLimit) return false;
        if (now - hit.LastSeen >= TouchEvery) await Touch(sessionId, now, ct);
        return true;
    }

    public void Forget(Guid sessionId) => cache.TryRemove(sessionId, out _);

    public void ForgetUser(Guid userId)
    {
        foreach (var entry in cache.Where(e => e.Value.UserId == userId)) cache.TryRemove(entry.Key, out _);
    }

    private async Task Touch(Guid sessionId, DateTime now, CancellationToken ct)
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        await db.InBulkTransaction(token => db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, now), token), ct);
        if (cache.TryGetValue(sessionId, out var hit)) cache[sessionId] = hit with { LastSeen = now };
    }
}
