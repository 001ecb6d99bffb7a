using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Pages.Investment.CreditLines;

[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<CreditLineResponse>(directory, user)
{
    private Dictionary<Guid, string> eventTitles = [];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    /// <summary>The yuan of all the filter matches, not just this page.</summary>
    public decimal TotalAmountYuan { get; private set; }
    public bool CanWrite => CurrentUser.HasPermission(InvestmentModule.Write);

    public override Guid? RowId(CreditLineResponse row) => row.Id;

    protected override async Task<PagedList<CreditLineResponse>> Read(int? page, int size, CancellationToken ct)
    {
        var lines = (await CreditLineEndpoints.List(new CreditLineEndpoints.ListQuery(Year, null, null, page, size), db, CurrentUser, ct)).Value!;
        TotalAmountYuan = lines.TotalAmountYuan;
        return new(lines.Items, lines.Total, lines.Page, lines.PageSize);
    }

    protected override async Task PrepareExport(IReadOnlyList<CreditLineResponse> rows, CancellationToken ct)
    {
        var eventIds = rows.Where(c => c.EventId is not null).Select(c => c.EventId!.Value).Distinct().ToList();
        eventTitles = await db.Events.AsNoTracking().VisibleTo(CurrentUser).Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
    }

    protected override string ExportName => InvestmentText.Get("CreditLines");

    /// <summary>With the amount in yuan and 万元 and the event it came from.</summary>
    protected override IEnumerable<ExportColumn<CreditLineResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(InvestmentText.Get("Bank"), c => c.Bank),
        new(InvestmentText.Get("BeneficiaryGroup"), c => c.BeneficiaryGroup),
        new(InvestmentText.Get("GrantedOn"), c => c.GrantedOn),
        .. ListWorkbook.Money<CreditLineResponse>(InvestmentText.Get("Amount"), c => c.AmountYuan),
        new(InvestmentText.Get("ObtainedAtEvent"), c => c.EventId is { } id ? eventTitles.GetValueOrDefault(id) : null),
        new(InvestmentText.Get("Notes"), c => c.Notes),
        new(InvestmentText.Get("Organisation"), c => organisations.GetValueOrDefault(c.OrganisationId)),
    ];
}
