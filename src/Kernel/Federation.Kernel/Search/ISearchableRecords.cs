using Federation.Kernel.Modules;

namespace Federation.Kernel.Search;

/// <summary>
/// Describes every searchable record of every running module again, through each module's own
/// outbox, for a search projection being rebuilt over records saved before they were searchable.
/// </summary>
[Port]
public interface ISearchableRecords
{
    /// <summary>Writes one <see cref="SearchEntryChanged"/> per record to its module's outbox; returns how many.</summary>
    Task<int> Republish(CancellationToken cancellationToken);
}
