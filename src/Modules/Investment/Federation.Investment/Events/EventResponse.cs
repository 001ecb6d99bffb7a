using Federation.Investment.Contracts;
using Federation.Kernel.Figures;

namespace Federation.Investment.Events;

internal sealed record EventResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    InvestmentEventKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Venue,
    string City,
    string? Town,
    string? Area,
    IReadOnlyList<Organiser> Organisers,
    int? AttendeeCount,
    Qualifier AttendeeQualifier,
    int? AttendeeUpTo,
    IReadOnlyList<string> CountriesAndRegions,
    int? StatedCountries,
    Qualifier StatedCountriesQualifier,
    bool IsFlagship,
    IReadOnlyList<string> AlsoServes,
    Guid? ParentEventId,
    int? UnlistedSignedProjects,
    Qualifier UnlistedSignedProjectsQualifier,
    decimal? UnlistedSignedAmountYuan,
    Qualifier UnlistedSignedAmountQualifier,
    string? Notes,
    Guid? ProgrammeId,
    int Version)
{
    public static EventResponse From(InvestmentEvent e) => new(
        e.Id, e.OrganisationId, e.Title, e.Kind, e.StartDate, e.EndDate, e.Venue, e.City, e.Town, e.Area, e.Organisers,
        e.AttendeeCount, e.AttendeeQualifier, e.AttendeeUpTo, e.CountriesAndRegions, e.StatedCountries, e.StatedCountriesQualifier,
        e.IsFlagship, e.AlsoServes, e.ParentEventId, e.UnlistedSignedProjects, e.UnlistedSignedProjectsQualifier,
        e.UnlistedSignedAmountFen / 100m, e.UnlistedSignedAmountQualifier, e.Notes, e.ProgrammeId, e.Version);
}
