using Federation.Kernel.Figures;
using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Facts;

/// <summary>
/// A work-line record the scorecard has heard of, at the newest version it has seen, with the
/// facts that version contributes. A late or repeated snapshot never overwrites a newer one, and a
/// removed record keeps its row (with no facts) so an older snapshot cannot bring it back.
/// </summary>
[NotAudited]
internal sealed class KpiRecord
{
    public Guid Id { get; set; }
    public required string WorkLine { get; set; }
    public required string RecordType { get; set; }
    public Guid OrganisationId { get; set; }
    public int Version { get; set; }
    public List<StoredKpiFact> Facts { get; set; } = [];
}

/// <summary>
/// One fact as the scorecard keeps it, with its record's dimensions copied in so a period is read
/// with grouped queries over one table. Values are in hundredths of the KPI's unit (fen for yuan):
/// whole numbers the database can add up exactly.
/// </summary>
[NotAudited]
internal sealed class StoredKpiFact
{
    public long Id { get; set; }
    public Guid RecordId { get; set; }
    public required string KpiKey { get; set; }
    public DateOnly On { get; set; }

    /// <summary>The month as yyyyMM, so a trend groups on a plain column.</summary>
    public int Month { get; set; }
    public long ValueHundredths { get; set; }
    public long OutOfHundredths { get; set; }
    public Guid OrganisationId { get; set; }
    public required string WorkLine { get; set; }
    public string? Town { get; set; }
    public string? Area { get; set; }
    public string? CountryOrRegion { get; set; }
    public string? DistinctKey { get; set; }
    public Guid? ProgrammeId { get; set; }
    public Qualifier Qualifier { get; set; }

    /// <summary>The top of a range in hundredths; null for any other qualifier, whose top is its value.</summary>
    public long? UpToHundredths { get; set; }
    public string? Label { get; set; }
}
