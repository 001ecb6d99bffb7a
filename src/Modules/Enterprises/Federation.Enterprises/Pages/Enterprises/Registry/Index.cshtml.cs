using System.Globalization;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Enterprises.Pages.Enterprises.Registry;

/// <summary>The registry of overseas-Chinese-funded enterprises, searched by name (current or former), code, town, industry and status.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<EnterpriseResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);

    protected override IReadOnlyCollection<string> SortKeys => EnterpriseEndpoints.Sorts.Keys;
    public override Guid? RowId(EnterpriseResponse row) => row.Id;

    protected override async Task<PagedList<EnterpriseResponse>> Read(int? page, int size, CancellationToken ct) =>
        await EnterpriseEndpoints.ListAs(new EnterpriseEndpoints.ListQuery(Q, Town, Industry, Status, null, page, size, Sort), db, CurrentUser, ExportsInFull, ct);

    protected override PersonalRecordType PersonalData => ContactPersonalData.Type;

    protected override PersonalDataSubject? SubjectOf(EnterpriseResponse e) =>
        e.Contacts.Any(c => c.Phone is not null) ? new(e.Id, e.Name, e.OrganisationId) : null;

    protected override string ExportName => EnterpriseText.Get("Registry");

    protected override IEnumerable<ExportColumn<EnterpriseResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations)
    {
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            new(EnterpriseText.Get("EnterpriseName"), e => e.Name),
            new(EnterpriseText.Get("FormerNames"), e => e.FormerNames),
            new(EnterpriseText.Get("CreditCode"), e => e.CreditCode),
            new(EnterpriseText.Get("Town"), e => e.Town),
            new(EnterpriseText.Get("Industry"), e => e.Industry),
            new(EnterpriseText.Get("InvestorFrom"), e => e.InvestorCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(culture) ?? c : null),
            new(EnterpriseText.Get("Status"), e => EnterpriseText.Of(e.Status)),
            new(EnterpriseText.Get("Contacts"), e => e.Contacts.Select(ContactCells.Write)),
            new(EnterpriseText.Get("Organisation"), e => organisations.GetValueOrDefault(e.OrganisationId)),
        ];
    }
}
