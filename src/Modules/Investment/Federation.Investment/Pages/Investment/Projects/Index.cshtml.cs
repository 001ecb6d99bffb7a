using System.Globalization;
using Federation.Investment.Data;
using Federation.Investment.Projects;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>The ledger as users know it from the spreadsheet: filter, sort, page, and the total of what is filtered.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IPlaceDirectory places)
    : ListPageModel<ProjectListItem>(directory, user)
{
    private readonly IOrganisationDirectory directory = directory;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EventId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    /// <summary>The yuan of all the filter matches, not just this page.</summary>
    public decimal TotalAmountYuan { get; private set; }
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public bool CanWrite => CurrentUser.HasPermission(InvestmentModule.Write);

    protected override async Task Prepare(CancellationToken ct) => Organisations = await directory.VisibleTo(CurrentUser, ct);

    protected override async Task<PagedList<ProjectListItem>> Read(int? page, int size, CancellationToken ct)
    {
        var ledger = (await ProjectLedger.List(new ProjectLedger.Query(Year, Stage, Town, OrganisationId, EventId, Overdue, Q, page, size, Sort),
            db, CurrentUser, clock, places, ct)).Value!;
        TotalAmountYuan = ledger.TotalAmountYuan;
        return new(ledger.Items, ledger.Total, ledger.Page, ledger.PageSize);
    }

    protected override string ExportName => InvestmentText.Get("Ledger");

    /// <summary>The ledger's columns.</summary>
    protected override IEnumerable<ExportColumn<ProjectListItem>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(InvestmentText.Get("ProjectName"), p => p.Name),
        new(InvestmentText.Get("Investor"), p => p.InvestorName),
        new(InvestmentText.Get("InvestorCountry"), p => p.InvestorCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(CultureInfo.CurrentUICulture) ?? c : null),
        new(InvestmentText.Get("Industry"), p => p.Industry),
        .. ListWorkbook.Money<ProjectListItem>(InvestmentText.Get("Amount"), p => p.AmountYuan),
        new(InvestmentText.Get("Town"), p => p.Town),
        new(InvestmentText.Get("Stage"), p => InvestmentText.Of(p.Stage)),
        new(InvestmentText.Get("StageDate"), p => p.StageDate),
        new(InvestmentText.Get("ResponsibleStaff"), p => p.ResponsibleStaff),
        new(InvestmentText.Get("Organisation"), p => organisations.GetValueOrDefault(p.OrganisationId)),
    ];

    /// <summary>Sorting by the same column again flips the direction.</summary>
    public string SortLink(string key, string? queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString ?? "")
            .Where(p => p.Key is not ("sort" or "page"))
            .ToDictionary(p => p.Key, p => p.Value.ToString());
        query["sort"] = Sort == "-" + key ? key : "-" + key;
        return QueryHelpers.AddQueryString("/investment/projects", query!);
    }
}
