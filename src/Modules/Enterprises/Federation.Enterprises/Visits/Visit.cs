using Federation.Enterprises.Contracts;
using Federation.Enterprises.Registry;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Enterprises.Visits;

/// <summary>A visit to an enterprise (走访): who went, when, why, and what they heard.</summary>
internal sealed class Visit : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid EnterpriseId { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public string Town { get; private set; } = "";
    public string? InvestorCountryOrRegion { get; private set; }
    public DateOnly VisitedOn { get; set; }
    public VisitPurpose Purpose { get; set; }
    public List<string> Visitors { get; set; } = [];
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("走访", "Visit"), EnterpriseName,
        SearchDescription.Words(Town, VisitedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Notes), $"/enterprises/visits/{Id}", EnterprisesModule.Read);

    /// <summary>Points the visit at an enterprise, copying what lists and facts show of it.</summary>
    public void Follow(Enterprise enterprise)
    {
        EnterpriseId = enterprise.Id;
        EnterpriseName = enterprise.Name;
        Town = enterprise.Town;
        InvestorCountryOrRegion = enterprise.InvestorCountryOrRegion;
    }

    public VisitSnapshot ToSnapshot() => new(Id, OrganisationId, EnterpriseId, VisitedOn, Purpose, Version);
}
