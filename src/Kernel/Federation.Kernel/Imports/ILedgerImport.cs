using Federation.Kernel.Modules;

namespace Federation.Kernel.Imports;

/// <summary>
/// One ledger (台账) a module can take in from a spreadsheet. The host's import page reads the
/// file, matches its headers to <see cref="Columns"/>, and hands each row to <see cref="Import"/>,
/// which maps it to the module's own requests and use cases, so validation, events, audit and
/// the scorecard follow as if the row had been entered by hand. The host runs every row inside
/// a transaction of <see cref="ContextType"/>: a dry run rolls it back.
/// </summary>
public interface ILedgerImport
{
    /// <summary>The ledger's name in URLs, e.g. "investment-projects".</summary>
    string Name { get; }

    /// <summary>The ledger's title in both languages, e.g. 招商项目台账.</summary>
    LocalizedText Title { get; }

    /// <summary>The permission a user needs to import it (the module's write permission).</summary>
    string Permission { get; }

    /// <summary>The module DbContext the use cases write through.</summary>
    Type ContextType { get; }

    /// <summary>The columns a file of this ledger may have; the host matches headers to them and writes the template from them.</summary>
    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>
    /// The row's natural key (a credit code, a project's name and investor) as the report shows
    /// it, or null when the row has none; two rows of one file with the same key are the same record.
    /// </summary>
    string? Key(ImportRow row);

    /// <summary>
    /// Called with each group of rows (up to a few thousand) before they are imported one by one,
    /// so a ledger can read the records their keys match in one indexed query instead of one per
    /// row. The group's rows then reach <see cref="Import"/> in order, in the same transaction; a
    /// ledger that reads ahead must still look up a key an earlier row of the group has written.
    /// Does nothing unless the ledger overrides it.
    /// </summary>
    Task Prepare(IReadOnlyList<ImportRow> rows, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Adds the row's record, or updates the one it matches. Throws <see cref="ImportRowRejectedException"/>
    /// or a <see cref="Http.RequestRejectedException"/> when the row cannot be taken.
    /// </summary>
    Task<ImportOutcome> Import(ImportRow row, CancellationToken ct);
}

/// <summary>What a row did to the ledger.</summary>
public enum ImportOutcome
{
    /// <summary>The row was a new record and has been added.</summary>
    Added,
    /// <summary>The row matched a record and changed it.</summary>
    Updated,
    /// <summary>The row matched a record that already held the same values.</summary>
    Unchanged,
}
