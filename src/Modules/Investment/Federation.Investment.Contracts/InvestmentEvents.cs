using Federation.Kernel.Messaging;

namespace Federation.Investment.Contracts;

/// <summary>An investment conference, fair, matchmaking meeting or trip as it stands after a change.</summary>
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
    int Version);

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
