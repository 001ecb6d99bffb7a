using Federation.Kernel.Kpis;
using Federation.Investment.Contracts;
using Federation.Kernel.Persistence;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Events;

/// <summary>A conference, fair, matchmaking meeting or investment trip (招商活动).</summary>
internal sealed class InvestmentEvent : IReportsKpis
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public InvestmentEventKind Kind { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required string Venue { get; set; }
    public required string City { get; set; }
    public List<Organiser> Organisers { get; set; } = [];
    public int AttendeeCount { get; set; }
    public List<string> CountriesAndRegions { get; set; } = [];
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;

    public InvestmentEventSnapshot ToSnapshot() => new(
        Id, OrganisationId, Title, Kind, StartDate, EndDate, City, AttendeeCount, CountriesAndRegions.ToList(), Version);
}

/// <summary>An organisation and its part in an event: host (主办), co-host (协办) or guide (指导).</summary>
internal sealed record Organiser(string Name, OrganiserRole Role);

internal enum OrganiserRole
{
    Host,
    CoHost,
    Guide,
}
