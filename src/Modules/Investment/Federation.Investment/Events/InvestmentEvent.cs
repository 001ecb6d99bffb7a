using Federation.Investment.Contracts;
using Federation.Kernel.Figures;
using Federation.Kernel.Persistence;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Investment.Events;

/// <summary>
/// A conference, fair, matchmaking meeting or investment trip (招商活动), or a session inside one
/// (分会, 对接会: <see cref="ParentEventId"/>). Figures are kept as the report stated them: an
/// attendance of "200多人" is 200 at least, one not given is null (未披露), and "来自30多个国家和地区"
/// is a stated count beside whatever countries are listed.
/// </summary>
internal sealed class InvestmentEvent : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public InvestmentEventKind Kind { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string? Venue { get; set; }
    public required string City { get; set; }

    /// <summary>The town (镇街) it was held in, and the area below it, when held in the city.</summary>
    public string? Town { get; set; }
    public string? Area { get; set; }
    public List<Organiser> Organisers { get; set; } = [];

    /// <summary>A flagship conference (大会), counted apart: "举办3场大会".</summary>
    public bool IsFlagship { get; set; }

    /// <summary>
    /// The other work lines the event also serves (an investment and talent conference: "Talent"):
    /// one record, counted once as an event held; each line links its own outcomes to it.
    /// </summary>
    public List<string> AlsoServes { get; set; } = [];

    /// <summary>The event this one is a session of; sub-sessions are not counted as events held.</summary>
    public Guid? ParentEventId { get; set; }
    public int? AttendeeCount { get; set; }
    public Qualifier AttendeeQualifier { get; set; }
    public int? AttendeeUpTo { get; set; }
    public List<string> CountriesAndRegions { get; set; } = [];

    /// <summary>How many countries and regions the report says attendees came from, listed or not.</summary>
    public int? StatedCountries { get; set; }
    public Qualifier StatedCountriesQualifier { get; set; }

    /// <summary>
    /// Projects the report says were signed at the event ("现场签约项目5个") that are not entered in the
    /// ledger one by one, and their total ("投资总额超过20亿元"): counted with the ledger's signed projects.
    /// </summary>
    public int? UnlistedSignedProjects { get; set; }
    public Qualifier UnlistedSignedProjectsQualifier { get; set; }
    public long? UnlistedSignedAmountFen { get; set; }
    public Qualifier UnlistedSignedAmountQualifier { get; set; }
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("招商活动", "Investment event"), Title,
        SearchDescription.Words([Venue, City, Town, Area, .. Organisers.Select(o => o.Name)]), $"/investment/events/{Id}", InvestmentModule.Read);
    public DateTime CreatedAtUtc { get; private set; } = DateTime.UtcNow;

    public InvestmentEventSnapshot ToSnapshot() => new(
        Id, OrganisationId, Title, Kind, StartDate, EndDate, City, AttendeeCount ?? 0, CountriesAndRegions.ToList(), Version)
    {
        IsFlagship = IsFlagship,
        ParentEventId = ParentEventId,
        AttendeesDisclosed = AttendeeCount is not null,
        AlsoServes = AlsoServes.ToList(),
    };
}

/// <summary>An organisation and its part in an event: host (主办), co-host (协办) or guide (指导).</summary>
internal sealed record Organiser(string Name, OrganiserRole Role);

internal enum OrganiserRole
{
    Host,
    CoHost,
    Guide,
}
