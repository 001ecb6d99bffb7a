using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Enterprises.Pages.Enterprises.Campaigns;

/// <summary>The service campaigns with their coverage: enterprises visited against the target.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<CampaignResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);

    public override Guid? RowId(CampaignResponse row) => row.Id;

    protected override async Task<PagedList<CampaignResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await CampaignEndpoints.List(new CampaignEndpoints.ListQuery(Year, null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => EnterpriseText.Get("Campaigns");

    protected override IEnumerable<ExportColumn<CampaignResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(EnterpriseText.Get("CampaignName"), c => c.Name),
        new(EnterpriseText.Get("StartsOn"), c => c.StartsOn),
        new(EnterpriseText.Get("EndsOn"), c => c.EndsOn),
        new(EnterpriseText.Get("Target"), c => c.TargetEnterprises),
        new(EnterpriseText.Get("Assigned"), c => c.Assigned),
        new(EnterpriseText.Get("Visited"), c => c.Visited),
        new(EnterpriseText.Get("CoveragePercent"), c => c.Coverage * 100),
        new(EnterpriseText.Get("Organisation"), c => organisations.GetValueOrDefault(c.OrganisationId)),
    ];
}
