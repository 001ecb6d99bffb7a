using Federation.Kernel.Figures;
using Federation.Talent.Contracts;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Talent.Events;

/// <summary>A talent event (引才活动): a salon, an online matchmaking session, a supply–demand meeting …</summary>
internal sealed class TalentEvent : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public TalentEventFormat Format { get; set; }

    /// <summary>One of the programme's flagship formats (the "3" of "3+N"), not one of the N others.</summary>
    public bool Flagship { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public bool Online { get; set; }

    /// <summary>Where it took place; empty for an online session.</summary>
    public string? City { get; set; }
    public string? CountryOrRegion { get; set; }
    public List<string> Partners { get; set; } = [];
    public List<TalentsMet> TalentsMet { get; private set; } = [];

    /// <summary>The sum of <see cref="TalentsMet"/>, kept as a column so a list can total it in the database.</summary>
    public int TalentsMetCount { get; private set; }

    /// <summary>
    /// How many talents the report says were met ("共260多人") when it gives a total rather than, or
    /// beside, the breakdown by degree and country: the total the scorecard counts.
    /// </summary>
    public int? StatedTalentsMet { get; set; }
    public Qualifier StatedTalentsMetQualifier { get; set; }

    /// <summary>How many countries and regions the report says they came from ("来自10多个国家和地区").</summary>
    public int? StatedCountries { get; set; }
    public Qualifier StatedCountriesQualifier { get; set; }
    public Guid? ProgrammeId { get; set; }

    /// <summary>
    /// The combined investment and talent conference this is the talent side of, if any: the
    /// conference is counted once, as Investment's event held; what talent met there counts here.
    /// </summary>
    public Guid? ConferenceId { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("人才活动", "Talent event"), Title,
        SearchDescription.Words([City, .. Partners]), $"/talent/events/edit/{Id}", TalentModule.Read);

    public void RecordTalentsMet(List<TalentsMet> met)
    {
        TalentsMet = met;
        TalentsMetCount = met.Sum(t => t.Count);
    }

    public TalentEventSnapshot ToSnapshot() =>
        new(Id, OrganisationId, Title, Flagship, StartDate, TalentsMet.ToList(), ProgrammeId, Version);
}

internal enum TalentEventFormat
{
    Salon,
    OnlineMatchmaking,
    SupplyDemandMeeting,
    StudentAssociationSession,
    Other,
}
