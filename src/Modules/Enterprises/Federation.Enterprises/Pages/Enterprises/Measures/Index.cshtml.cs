using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Enterprises.Pages.Enterprises.Measures;

/// <summary>The service measures issued jointly with government departments, each with its numbered items.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<JointMeasureResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);

    protected override async Task<PagedList<JointMeasureResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await JointMeasureEndpoints.List(new JointMeasureEndpoints.ListQuery(Year, Department, null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => EnterpriseText.Get("JointMeasures");

    /// <summary>A measure's items go one a line in one cell.</summary>
    protected override IEnumerable<ExportColumn<JointMeasureResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(EnterpriseText.Get("MeasureTitle"), m => m.Title),
        new(EnterpriseText.Get("PartnerDepartment"), m => m.PartnerDepartment),
        new(EnterpriseText.Get("IssuedOn"), m => m.IssuedOn),
        new(EnterpriseText.Get("Items"), m => string.Join("\n", m.Items)),
        new(EnterpriseText.Get("Notes"), m => m.Notes),
        new(EnterpriseText.Get("Organisation"), m => organisations.GetValueOrDefault(m.OrganisationId)),
    ];
}
