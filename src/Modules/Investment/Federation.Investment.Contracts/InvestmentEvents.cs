using Federation.Kernel.Messaging;

namespace Federation.Investment.Contracts;

/// <summary>
/// An investment conference, fair, matchmaking meeting or trip as it stands after a change.
/// <see cref="AttendeeCount"/> is 0 when the report did not give one (<see cref="AttendeesDisclosed"/> false).
/// </summary>
public sealed record InvestmentEventSnapshot(
    Guid InvestmentEventId,
    Guid OrganisationId,
    string Title,
    InvestmentEventKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string City,
    int AttendeeCount,
    IReadOnlyList<string> CountriesAndRegions,
    int Version)
{
    /// <summary>A flagship conference (大会).</summary>
    public bool IsFlagship { get; init; }

    /// <summary>The event this one is a session of, if it is one.</summary>
    public Guid? ParentEventId { get; init; }

    /// <summary>The other work lines (module names, e.g. "Talent") the event also serves; they may link their outcomes to it.</summary>
    public IReadOnlyList<string> AlsoServes { get; init; } = [];

    /// <summary>Whether the report gave an attendance.</summary>
    public bool AttendeesDisclosed { get; init; } = true;
}

/// <summary>An investment event was recorded as held.</summary>
public sealed record InvestmentEventHeld(InvestmentEventSnapshot Event) : IntegrationEvent;

/// <summary>An investment event's details were corrected; the snapshot replaces the earlier one.</summary>
public sealed record InvestmentEventCorrected(InvestmentEventSnapshot Event) : IntegrationEvent;

/// <summary>An investment event was removed (recorded by mistake); it no longer counts.</summary>
public sealed record InvestmentEventRemoved(Guid InvestmentEventId, Guid OrganisationId, int Version) : IntegrationEvent;

public enum InvestmentEventKind
{
    Conference,
    Fair,
    Matchmaking,
    InvestmentTrip,
}
