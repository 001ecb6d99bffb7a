using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Federation.Kernel.Search;

// Worked out by ModuleDbContext from what a save touches, after versions are bumped.
internal static class SearchEntries
{
    public static IEnumerable<SearchEntryChanged> Changed(ChangeTracker tracker, string module) =>
        tracker.Entries<ISearchable>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.State == EntityState.Deleted
                ? new SearchEntryChanged(module, RecordType(e.Metadata.ClrType), Key(e), e.Entity.OrganisationId, e.Entity.Version + 1, null)
                : Describe(module, e.Entity, Key(e)))
            .ToList();

    public static SearchEntryChanged Describe(string module, ISearchable record, string key) =>
        new(module, RecordType(record.GetType()), key, record.OrganisationId, record.Version, record.DescribeForSearch());

    public static string RecordType(Type type) => type.Name;

    public static string Key(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
}
