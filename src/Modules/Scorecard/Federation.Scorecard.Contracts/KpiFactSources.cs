using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// A work line's KPI facts in one place: for each record type that counts on the scorecard, what
/// a record of it counts for as it stands. The module's DbContext publishes
/// <see cref="Changed"/> with every save (<c>ModuleDbContext.EventsDescribingChanges</c>), so the
/// scorecard hears of every record added, changed or removed without any use case having to say so.
/// </summary>
public sealed class KpiFactSources
{
    private readonly Dictionary<Type, Func<IReportsKpis, IEnumerable<KpiFact>>> byType = [];

    /// <summary>Declares what a <typeparamref name="TRecord"/> counts for; returns this, to declare the next.</summary>
    public KpiFactSources Of<TRecord>(Func<TRecord, IEnumerable<KpiFact>> facts) where TRecord : class, IReportsKpis
    {
        byType.Add(typeof(TRecord), record => facts((TRecord)record));
        return this;
    }

    /// <summary>
    /// One <see cref="KpiFactsChanged"/> for each counted record the save adds, changes or removes:
    /// its whole list of facts, or none once removed (a removal is a newer version that counts for nothing).
    /// </summary>
    public IEnumerable<KpiFactsChanged> Changed(ModuleDbContext db) => db.ChangeTracker.Entries<IReportsKpis>()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(e => e.State == EntityState.Deleted
            ? new KpiFactsChanged(db.ModuleName, e.Metadata.ClrType.Name, e.Entity.Id, e.Entity.OrganisationId, e.Entity.Version + 1, [])
            : new KpiFactsChanged(db.ModuleName, e.Metadata.ClrType.Name, e.Entity.Id, e.Entity.OrganisationId, e.Entity.Version,
                FactsOf(e.Entity).ToList()));

    private IEnumerable<KpiFact> FactsOf(IReportsKpis record) =>
        byType.TryGetValue(record.GetType(), out var facts)
            ? facts(record)
            : throw new InvalidOperationException(
                $"{record.GetType().Name} counts on the scorecard (IReportsKpis) but its module declares no KPI facts for it.");
}
