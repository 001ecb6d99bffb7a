using Federation.Kernel.Persistence;

namespace Federation.Scorecard.Facts;

/// <summary>What every fact has: the source record's id, owner, the version it reflects, and whether it was removed.</summary>
internal interface IFact
{
    Guid Id { get; }
    Guid OrganisationId { get; set; }
    int Version { get; set; }
    bool Removed { get; set; }
}

/// <summary>
/// The scorecard's own copy of what Investment reported, one row per source record, kept at
/// the highest version seen: a late or repeated event never overwrites a newer state.
/// </summary>
[NotAudited]
internal sealed class EventFact : IFact
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
internal sealed class ProjectFact : IFact
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
internal sealed class CreditLineFact : IFact
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly GrantedOn { get; set; }
    public int Version { get; set; }
    public bool Removed { get; set; }
}
