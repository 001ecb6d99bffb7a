using Federation.Kernel.Modules;

namespace Federation.Kernel.RecycleBin;

/// <summary>
/// Restores or purges a record of any running module through that module's own context, so the
/// platform's recycle bin never reads or writes another module's tables. Answered by the host.
/// </summary>
[Port]
public interface IRecycledRecords
{
    /// <summary>Clears the record's deletion mark as the current user; the module describes it again to search, KPI facts and its listeners.</summary>
    Task<RecycleOutcome> Restore(string module, string recordType, string recordId, CancellationToken cancellationToken);

    /// <summary>Removes a deleted record for good (the bin's retention is over); a record restored meanwhile is left alone.</summary>
    Task<RecycleOutcome> Purge(string module, string recordType, string recordId, CancellationToken cancellationToken);
}

/// <summary>What a restore or purge found.</summary>
public enum RecycleOutcome
{
    /// <summary>Done.</summary>
    Done,
    /// <summary>The record is not deleted (restored already).</summary>
    NotDeleted,
    /// <summary>No such record (purged already).</summary>
    Missing,
    /// <summary>Its module is switched off or failed to load: nothing was done, try again once it runs.</summary>
    ModuleNotRunning,
    /// <summary>Restoring it would clash with a record entered since (a unique credit code).</summary>
    Clashes,
}
