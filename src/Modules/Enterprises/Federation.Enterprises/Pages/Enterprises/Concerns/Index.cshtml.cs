using Federation.Enterprises.Concerns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Concerns;

/// <summary>The concern queue: pending overdue concerns first, then by due date.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IProgrammeCatalogue programmes)
    : ListPageModel<ConcernResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    protected override IReadOnlyCollection<string> SortKeys => ConcernEndpoints.Sorts.Keys;
    protected override string? BulkPermission => EnterprisesModule.Write;
    public override IReadOnlyCollection<string> BulkActions => CanWrite ? [BulkChange.Assign, BulkChange.Tag] : [];
    public override Guid? RowId(ConcernResponse row) => row.Id;

    protected override async Task Prepare(CancellationToken ct)
    {
        if (CanWrite) Programmes = await programmes.ForWorkLine(EnterprisesModule.ModuleName, ct);
    }

    /// <summary>The same use case as the API's bulk endpoint: every selected concern is referred (or tagged), or none.</summary>
    protected override async Task<BulkChangeResult> ApplyBulk(BulkChange change, CancellationToken ct) =>
        (await ConcernBulkChange.Apply(change, db, CurrentUser, clock, programmes, ct)).Value!;

    protected override async Task<PagedList<ConcernResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await ConcernEndpoints.List(
            new ConcernEndpoints.ListQuery(Status, Category, Department, Overdue == true ? true : null, null, null, null, Year, Q, null, page, size, Sort),
            db, CurrentUser, clock, ct)).Value!;

    protected override string ExportName => EnterpriseText.Get("ConcernQueue");

    protected override IEnumerable<ExportColumn<ConcernResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(EnterpriseText.Get("Category"), c => EnterpriseText.Of(c.Category)),
        new(EnterpriseText.Get("Description"), c => c.Description),
        new(EnterpriseText.Get("Enterprise"), c => c.EnterpriseName),
        new(EnterpriseText.Get("RaisedOn"), c => c.RaisedOn),
        new(EnterpriseText.Get("DueOn"), c => c.DueOn),
        new(EnterpriseText.Get("Status"), c => EnterpriseText.Of(c.Status)),
        new(EnterpriseText.Get("Department"), c => c.Department),
        new(EnterpriseText.Get("Overdue"), c => EnterpriseText.Get(c.Overdue ? "Yes" : "No")),
        new(EnterpriseText.Get("SettledOn"), c => c.SettledOn),
        new(EnterpriseText.Get("Outcome"), c => c.Outcome),
        new(EnterpriseText.Get("Organisation"), c => organisations.GetValueOrDefault(c.OrganisationId)),
    ];
}
