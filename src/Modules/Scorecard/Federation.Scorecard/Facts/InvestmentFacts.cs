using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Facts;

/// <summary>
/// The scorecard's own copy of what Investment reported, one row per source record, kept at
/// the highest version seen: a late or repeated event never overwrites a newer state.
/// </summary>
[NotAudited]
internal sealed class EventFact
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public DateOnly StartDate { get; set; }
    public int AttendeeCount { get; set; }
    public List<string> CountriesAndRegions { get; set; } = [];
    public int Version { get; set; }
    public bool Removed { get; set; }
}

[NotAudited]
internal sealed class ProjectFact
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public long AmountFen { get; set; }
    public required string Town { get; set; }
    public required string Stage { get; set; }

    /// <summary>When it was signed, if it still is: a stage taken back takes its date with it.</summary>
    public DateOnly? SignedOn { get; set; }
    public DateOnly? GroundbrokeOn { get; set; }
    public bool Dropped { get; set; }
    public int Version { get; set; }
    public bool Removed { get; set; }
}

[NotAudited]
internal sealed class CreditLineFact
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly GrantedOn { get; set; }
    public int Version { get; set; }
    public bool Removed { get; set; }
}
