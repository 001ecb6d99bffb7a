using System.Globalization;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Pages.Investment.CreditLines;

[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public CreditLineEndpoints.CreditLinePage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () =>
                Rows = (await CreditLineEndpoints.List(new CreditLineEndpoints.ListQuery(Year, null, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every credit line the filters select (not one page), with the amount in yuan and 万元 and the event it came from.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<CreditLineResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<CreditLineResponse>(async (page, size) =>
            {
                var list = (await CreditLineEndpoints.List(new CreditLineEndpoints.ListQuery(Year, null, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var eventIds = rows.Where(c => c.EventId is not null).Select(c => c.EventId!.Value).Distinct().ToList();
        var events = await db.Events.AsNoTracking().VisibleTo(user).Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(InvestmentText.Get("CreditLines"),
        [
            new ExportColumn<CreditLineResponse>(InvestmentText.Get("Bank"), c => c.Bank),
            new(InvestmentText.Get("BeneficiaryGroup"), c => c.BeneficiaryGroup),
            new(InvestmentText.Get("GrantedOn"), c => c.GrantedOn),
            .. ListWorkbook.Money<CreditLineResponse>(InvestmentText.Get("Amount"), c => c.AmountYuan),
            new(InvestmentText.Get("ObtainedAtEvent"), c => c.EventId is { } id ? events.GetValueOrDefault(id) : null),
            new(InvestmentText.Get("Notes"), c => c.Notes),
            new(InvestmentText.Get("Organisation"), c => names.GetValueOrDefault(c.OrganisationId)),
        ], rows, ct);
    }
}
