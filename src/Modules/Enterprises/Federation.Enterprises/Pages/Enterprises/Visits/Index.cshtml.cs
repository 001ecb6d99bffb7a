using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Visits;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Enterprises.Pages.Enterprises.Visits;

/// <summary>The visits to enterprises, newest first, by year, purpose and town.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<VisitResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Purpose { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);

    protected override IReadOnlyCollection<string> SortKeys => VisitEndpoints.Sorts.Keys;
    public override Guid? RowId(VisitResponse row) => row.Id;

    protected override async Task<PagedList<VisitResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await VisitEndpoints.List(new VisitEndpoints.ListQuery(null, Year, Purpose, Town, null, page, size, Sort), db, CurrentUser, ct)).Value!;

    protected override string ExportName => EnterpriseText.Get("Visits");

    protected override IEnumerable<ExportColumn<VisitResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(EnterpriseText.Get("VisitedOn"), v => v.VisitedOn),
        new(EnterpriseText.Get("Enterprise"), v => v.EnterpriseName),
        new(EnterpriseText.Get("Town"), v => v.Town),
        new(EnterpriseText.Get("Purpose"), v => EnterpriseText.Of(v.Purpose)),
        new(EnterpriseText.Get("Visitors"), v => v.Visitors),
        new(EnterpriseText.Get("VisitNotes"), v => v.Notes),
        new(EnterpriseText.Get("Organisation"), v => organisations.GetValueOrDefault(v.OrganisationId)),
    ];
}
