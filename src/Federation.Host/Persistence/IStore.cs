using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Persistence;

/// <summary>
/// The one seam that knows which engine holds the data. Module code sees only EF Core and
/// <see cref="ModuleDbContext"/>; everything that differs between engines is answered here.
/// </summary>
internal interface IStore
{
    StoreProvider Provider { get; }

    /// <summary>Serialises writes where the engine has a single writer.</summary>
    IWriteGate WriteGate { get; }

    IReadSnapshots ReadSnapshots { get; }

    /// <summary>Points a module's context at the store, with its migrations history kept apart from the others'.</summary>
    void Configure(DbContextOptionsBuilder options, string tablePrefix);

    /// <summary>
    /// The next outbox rows due for delivery, oldest first. Where several hosts share the store the
    /// rows are locked for the caller's open transaction, and rows another host holds are skipped,
    /// so no event is handed to the bus by two dispatchers at once.
    /// </summary>
    Task<List<OutboxMessage>> ClaimOutbox(ModuleDbContext db, DateTime now, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Held while the modules migrate, so hosts starting together apply each migration once: the
    /// second waits, then finds nothing left to apply.
    /// </summary>
    Task<IAsyncDisposable> HoldMigrationLock(CancellationToken cancellationToken);

    /// <summary>Writes a consistent copy of the whole store to <paramref name="path"/> while the hosts keep working.</summary>
    Task BackupTo(string path, CancellationToken cancellationToken);

    /// <summary>
    /// True when several hosts may share the store: <see cref="ClaimOutbox"/> must then run inside a
    /// transaction held until the rows are marked sent, and what another host changed or handed
    /// over (the organisation tree, an import job) must be looked for in the store.
    /// </summary>
    bool SharedByHosts { get; }
}
