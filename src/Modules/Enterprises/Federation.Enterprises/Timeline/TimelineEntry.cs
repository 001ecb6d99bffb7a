using Federation.Kernel.Persistence;

namespace Federation.Enterprises.Timeline;

/// <summary>
/// Something another work line did with an enterprise, kept in this module's own read model as
/// the events arrive: an investment project, a talent's letter of intent, an overseas order.
/// The enterprise is found by credit code when the source knows it, otherwise by name.
/// A removed record stays as a row marked <see cref="Removed"/> so a late, older event cannot bring it back.
/// Not audited: it copies what other work lines did, whose own records are audited there.
/// </summary>
[NotAudited]
internal sealed class TimelineEntry : SnapshotCopy, IOrganisationOwned
{
    public TimelineSource Source { get; set; }
    public required string WorkLine { get; set; }
    public string? CreditCode { get; set; }
    public required string PartyName { get; set; }
    public DateOnly On { get; set; }
    public required string Title { get; set; }

    /// <summary>The source's state as a key the page names in both languages (a project stage, a degree).</summary>
    public string? State { get; set; }
    public string? SummaryZh { get; set; }
    public string? SummaryEn { get; set; }
    public long? AmountFen { get; set; }
    public bool Active { get; set; }
}

internal enum TimelineSource
{
    InvestmentProject,
    LetterOfIntent,
    Reported,
}
