using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Places;

/// <summary>
/// The towns and their areas held in memory: they are a few dozen rows, read on every write that
/// names a town, and changed rarely, by admins. The host where an admin changes them reads them
/// again at once (<see cref="Reload"/>); any other host sharing the store keeps what it read for
/// at most <see cref="KeepFor"/>, so it may answer with the old lists until then.
/// </summary>
internal sealed class PlaceCatalogue(ILifetimeScope scope, TimeProvider clock)
{
    /// <summary>
    /// Short, because nothing tells a second host that the lists changed: it reads them again at
    /// its first question after this long. Alone on its store, the host has reloaded at the change already.
    /// </summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private PlaceSnapshot? current;
    private long started;
    private long kept;

    /// <summary>The lists, read again first when older than <see cref="KeepFor"/> or not read yet.</summary>
    public async Task<PlaceSnapshot> Get(CancellationToken ct)
    {
        var loaded = Volatile.Read(ref current);
        return loaded is not null && clock.GetUtcNow() - loaded.LoadedAt < KeepFor ? loaded : await Reload(ct);
    }

    /// <summary>Reads the lists from the store now: after an admin's change, and when they have grown old.</summary>
    public async Task<PlaceSnapshot> Reload(CancellationToken ct)
    {
        var reading = Interlocked.Increment(ref started);
        // As the system, like the organisation tree: the lists are everyone's and no user's.
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var towns = await db.Towns.AsNoTracking().Include(t => t.Areas).ToListAsync(ct);
        var snapshot = new PlaceSnapshot(towns, clock.GetUtcNow());
        lock (gate)
        {
            // A read begun before an admin's change may end after the read begun after it: keep the later one.
            if (reading > kept)
            {
                kept = reading;
                Volatile.Write(ref current, snapshot);
            }
            return current!;
        }
    }
}
