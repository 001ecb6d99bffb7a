using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.RightsProtection.Pages.Rights.Cases;

/// <summary>
/// The rights cases, newest first, by status, category, kind of complainant, town, year and name or matter;
/// with the platform's list tools (saved filters, columns, sort, the ticked rows exported), as any work line's list.
/// </summary>
[RequirePermission(RightsProtectionModule.Read)]
internal sealed class IndexModel(RightsDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<CaseResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(RightsProtectionModule.Write);

    protected override IReadOnlyCollection<string> SortKeys => CaseEndpoints.Sorts.Keys;
    public override Guid? RowId(CaseResponse row) => row.Id;

    protected override async Task<PagedList<CaseResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await CaseEndpoints.List(
            new CaseEndpoints.ListQuery(Status, Category, Kind, Town?.Trim(), null, Year, Q?.Trim(), null, page, size, Sort),
            db, CurrentUser, ct)).Value!;

    protected override string ExportName => RightsText.Get("Cases");

    protected override IEnumerable<ExportColumn<CaseResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(RightsText.Get("ReceivedOn"), c => c.ReceivedOn),
        new(RightsText.Get("Complainant"), c => c.ComplainantName),
        new(RightsText.Get("ComplainantKind"), c => RightsText.Of(c.ComplainantKind)),
        new(RightsText.Get("Category"), c => RightsText.Of(c.Category)),
        new(RightsText.Get("Town"), c => c.Town),
        new(RightsText.Get("RelatedEnterprise"), c => c.EnterpriseName),
        new(RightsText.Get("Status"), c => RightsText.Of(c.Status)),
    ];
}
