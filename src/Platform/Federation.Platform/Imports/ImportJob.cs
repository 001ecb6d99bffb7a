using Federation.Kernel.Imports;
using Federation.Kernel.Persistence;

namespace Federation.Platform.Imports;

/// <summary>How a ledger file is taken in.</summary>
internal enum ImportMode
{
    /// <summary>Every row checked through the use cases, then all of it rolled back.</summary>
    DryRun,

    /// <summary>Each valid row is written; refused rows are reported and skipped.</summary>
    EachRow,

    /// <summary>Written only if every row is valid; one refused row writes nothing.</summary>
    AllOrNothing,
}

internal enum ImportState
{
    Queued,
    Running,
    Finished,

    /// <summary>The file was refused as a whole; no row was read.</summary>
    Refused,

    /// <summary>The host stopped while the job ran: what was committed before then stays, and the report says how far it got.</summary>
    Interrupted,
}

/// <summary>
/// One run of one uploaded file through one ledger's import, and its totals. The per-row report
/// is in <see cref="ImportRowReport"/>. Operational records like this are not audited: the rows
/// an import writes are, by the module that owns them.
/// </summary>
[NotAudited]
internal sealed class ImportJob
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Ledger { get; init; }
    public required Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required string FileName { get; init; }

    /// <summary>The stored upload under the data folder's imports/, kept until it is imported or a day has passed.</summary>
    public required string StoredFile { get; init; }

    /// <summary>The language the report is written in: the uploader's.</summary>
    public required string Culture { get; init; }

    public ImportMode Mode { get; set; }
    public ImportState State { get; set; } = ImportState.Queued;
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>The host that keeps the file and runs the job (<see cref="Kernel.Scheduling.IHostIdentity"/>).</summary>
    public string? RunBy { get; set; }
    /// <summary>
    /// The uploader as they were when they asked (<see cref="FrozenUser"/>, as JSON), so the host
    /// holding the file can run a job another host accepted.
    /// </summary>
    public string? RunAs { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>The dry run this import confirms, if any.</summary>
    public Guid? ConfirmsJobId { get; init; }

    /// <summary>Why the file as a whole was refused or the run stopped.</summary>
    public string? Problem { get; set; }

    /// <summary>Headers the ledger does not know (a 万元 column beside 元, say), ignored.</summary>
    public string? IgnoredColumns { get; set; }

    public int Rows { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int RefusedRows { get; set; }

    /// <summary>Whether the rows were written (false for a dry run, and for an all-or-nothing import with a refused row).</summary>
    public bool Written { get; set; }
}

/// <summary>What one row did, or why it was refused (problems as JSON: column key and message).</summary>
[NotAudited]
internal sealed class ImportRowReport
{
    public long Id { get; init; }
    public Guid JobId { get; init; }
    public int Row { get; init; }
    public ImportOutcome? Outcome { get; init; }
    public string? Key { get; init; }
    public string? Problems { get; init; }
}
