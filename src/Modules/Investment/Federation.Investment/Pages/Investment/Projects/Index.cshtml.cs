using System.Globalization;
using Federation.Investment.Data;
using Federation.Investment.Projects;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>The ledger as users know it from the spreadsheet: filter, sort, page, and the total of what is filtered.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IPlaceDirectory places,
    IProgrammeCatalogue programmes, IReadSnapshots snapshots)
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

    /// <summary>The yuan of all the filter matches, not just this page.</summary>
    public decimal TotalAmountYuan { get; private set; }
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];
    public bool CanWrite => CurrentUser.HasPermission(InvestmentModule.Write);

    /// <summary>The keys the ledger's use case sorts by.</summary>
    public static readonly IReadOnlyCollection<string> SortColumns = ["stageDate", "recordedOn", "amount", "name", "town"];
    protected override IReadOnlyCollection<string> SortKeys => SortColumns;
    protected override string? BulkPermission => InvestmentModule.Write;
    public override IReadOnlyCollection<string> BulkActions => CanWrite ? [BulkChange.Assign, BulkChange.Tag] : [];
    public override Guid? RowId(ProjectListItem row) => row.Id;

    protected override async Task Prepare(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(CurrentUser, ct);
        if (CanWrite) Programmes = await programmes.ForWorkLine(InvestmentModule.ModuleName, ct);
    }

    /// <summary>The same use case as the API's bulk endpoint: every selected project changes, or none.</summary>
    protected override async Task<BulkChangeResult> ApplyBulk(BulkChange change, CancellationToken ct) =>
        (await ProjectBulkChange.Apply(change, db, CurrentUser, programmes, ct)).Value!;

    protected override async Task<PagedList<ProjectListItem>> Read(int? page, int size, CancellationToken ct)
    {
        var ledger = (await ProjectLedger.List(new ProjectLedger.Query(Year, Stage, Town, OrganisationId, EventId, Overdue, Q, page, size, Sort),
            db, CurrentUser, clock, places, snapshots, ct)).Value!;
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
}
