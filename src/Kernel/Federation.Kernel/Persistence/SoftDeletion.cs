using System.Linq.Expressions;
using Federation.Kernel.Identity;
using Federation.Kernel.RecycleBin;
using Federation.Kernel.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.Kernel.Persistence;

/// <summary>
/// Keeps a deleted <see cref="IRecyclable"/> row marked deleted rather than removing it: a shadow
/// column <c>DeletedAtUtc</c> and a query filter that hides marked rows from every query of the module.
/// </summary>
internal static class SoftDeletion
{
    public const string Column = "DeletedAtUtc";

    public static void Configure(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(IRecyclable).IsAssignableFrom(e.ClrType)).ToList())
        {
            var key = entity.FindPrimaryKey()?.Properties;
            if (key is not { Count: 1 } || key[0].ClrType != typeof(Guid))
                throw new InvalidOperationException($"{entity.ClrType.Name} is recyclable, so its key must be one Guid.");
            var builder = modelBuilder.Entity(entity.ClrType);
            builder.Property<DateTime?>(Column);
            var record = Expression.Parameter(entity.ClrType, "record");
            var deletedAt = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(DateTime?)], record, Expression.Constant(Column));
            builder.HasQueryFilter(Expression.Lambda(Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTime?))), record));
        }
    }

    public static bool IsDeleted(EntityEntry entry) => entry.Property(Column).CurrentValue is not null;

    /// <summary>
    /// Turns each recyclable record this save deletes into an update that marks it, keeps the child
    /// rows EF cascaded the deletion to, and answers the events telling the platform's recycle bin.
    /// Runs after the save's facts, search entries and audit have described the deletion as a removal.
    /// </summary>
    public static List<RecordRecycled> MarkDeletions(ChangeTracker tracker, string module, ICurrentUser user)
    {
        var deleted = tracker.Entries<IRecyclable>().Where(e => e.State == EntityState.Deleted).ToList();
        var recycled = new List<RecordRecycled>();
        foreach (var entry in deleted)
        {
            var version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            entry.State = EntityState.Modified;
            entry.Property(Column).CurrentValue = DateTime.UtcNow;
            entry.Property(nameof(IVersioned.Version)).CurrentValue = version;
            var description = entry.Entity.DescribeForRecycleBin();
            recycled.Add(new RecordRecycled(module, SearchEntries.RecordType(entry.Metadata.ClrType), SearchEntries.Key(entry),
                entry.Entity.OrganisationId, version, description.Kind, description.Title, user.UserId, user.UserName));
        }
        KeepDependents(tracker, deleted.Cast<EntityEntry>().ToList());
        return recycled;
    }

    // EF deletes a removed record's loaded children at once (cascade); the record stays, so they stay too.
    private static void KeepDependents(ChangeTracker tracker, List<EntityEntry> kept)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var principal = kept[i];
            foreach (var child in tracker.Entries().Where(e => e.State == EntityState.Deleted).ToList())
            {
                if (!child.Metadata.GetForeignKeys().Any(fk => fk.PrincipalEntityType.IsAssignableFrom(principal.Metadata)
                    && fk.Properties.Select(p => child.Property(p.Name).CurrentValue)
                        .SequenceEqual(fk.PrincipalKey.Properties.Select(p => principal.Property(p.Name).CurrentValue)))) continue;
                child.State = EntityState.Unchanged;
                kept.Add(child);
            }
        }
    }
}
