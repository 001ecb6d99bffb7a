using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;

namespace Federation.Kernel.RecycleBin;

/// <summary>
/// A record whose deletion goes to the platform's recycle bin for <see cref="RecycleBinRules.RetentionDays"/>
/// days instead of removing its row. The use case still calls <c>db.Remove(record)</c>:
/// <see cref="ModuleDbContext"/> keeps the row (and its child rows) marked deleted, hides it from
/// every query, describes it to KPI facts, search and the audit log as removed, and tells the
/// platform (<see cref="RecordRecycled"/>). A restore clears the mark and describes it again.
/// </summary>
public interface IRecyclable : IOrganisationOwned, IVersioned
{
    /// <summary>What the recycle bin lists: the kind of record in both languages and its name.</summary>
    RecycleDescription DescribeForRecycleBin();
}
