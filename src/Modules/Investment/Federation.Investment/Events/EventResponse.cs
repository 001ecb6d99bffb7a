using Federation.Investment.Contracts;

namespace Federation.Investment.Events;

internal sealed record EventResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    InvestmentEventKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string Venue,
    string City,
    IReadOnlyList<Organiser> Organisers,
    int AttendeeCount,
    IReadOnlyList<string> CountriesAndRegions,
    string? Notes,
    Guid? ProgrammeId,
    int Version)
{
    public static EventResponse From(InvestmentEvent e) => new(
        e.Id, e.OrganisationId, e.Title, e.Kind, e.StartDate, e.EndDate, e.Venue, e.City, e.Organisers,
        e.AttendeeCount, e.CountriesAndRegions, e.Notes, e.ProgrammeId, e.Version);
}
