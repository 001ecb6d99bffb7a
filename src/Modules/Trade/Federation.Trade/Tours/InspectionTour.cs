using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.RecycleBin;

namespace Federation.Trade.Tours;

/// <summary>
/// An inspection tour (侨创中山华商行): entrepreneurs from abroad visit towns; the federation counts
/// tours, person-times by where the entrepreneurs come from, and the towns covered.
/// </summary>
internal sealed class InspectionTour : IReportsKpis, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => new(new("考察活动", "Inspection tour"), Title);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public List<string> Towns { get; set; } = [];
    public List<Participants> Participants { get; set; } = [];
    public int PersonTimes { get; private set; }
    public string? Outcomes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }

    public void Count(IEnumerable<Participants> participants)
    {
        Participants = participants.ToList();
        PersonTimes = Participants.Sum(p => p.PersonTimes);
    }
}

/// <summary>How many entrepreneurs (person-times) from one country or region took part.</summary>
internal sealed record Participants(string CountryOrRegion, int PersonTimes);
