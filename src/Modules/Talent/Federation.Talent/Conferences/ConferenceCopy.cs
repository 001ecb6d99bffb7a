using Federation.Kernel.Persistence;

namespace Federation.Talent.Conferences;

/// <summary>
/// Talent's copy of an investment event that also serves talent recruitment (a combined
/// investment and talent conference), kept from Investment's events: a talent event may be the
/// talent side of it, so the conference is one record, counted once as an event held.
/// </summary>
[NotAudited]
internal sealed class ConferenceCopy : SnapshotCopy
{
    public string Title { get; set; } = "";
    public DateOnly StartDate { get; set; }

    /// <summary>Whether the event still names Talent among the lines it serves.</summary>
    public bool ServesTalent { get; set; }
}
