using Federation.Investment.Data;
using System.Globalization;
using Federation.Investment.Projects;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>The ledger as users know it from the spreadsheet: filter, sort, page, and the total of what is filtered.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class IndexModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory) : PageModel
{
    public ProjectLedger.Query Filter { get; private set; } = new(null, null, null, null, null, null, null, null, null, null);
    public ProjectLedgerPage Rows { get; private set; } = new([], 0, 0, 1, 50);
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);

    public async Task<IActionResult> OnGetAsync(
        int? year, string? stage, string? town, Guid? organisationId, Guid? eventId, bool? overdue, string? q,
        [FromQuery(Name = "page")] int? pageNumber, string? sort, CancellationToken ct)
    {
        Filter = new ProjectLedger.Query(year, stage, town, organisationId, eventId, overdue, q, pageNumber, 50, sort);
        Organisations = await directory.VisibleTo(user, ct);
        if (!await this.Try("", async () => Rows = (await ProjectLedger.List(Filter, db, user, clock, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every row the filters select (not one page), as a workbook with the ledger's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync(
        int? year, string? stage, string? town, Guid? organisationId, Guid? eventId, bool? overdue, string? q, string? sort, CancellationToken ct)
    {
        var rows = new List<ProjectListItem>();
        // A filter that did not bind (year=abc) leaves a model error: show the list with it rather than export everything.
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<ProjectListItem>(async (page, size) =>
            {
                var ledger = (await ProjectLedger.List(new ProjectLedger.Query(year, stage, town, organisationId, eventId, overdue, q, page, size, sort),
                    db, user, clock, ct)).Value!;
                return (ledger.Items, ledger.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(year, stage, town, organisationId, eventId, overdue, q, null, sort, ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(InvestmentText.Get("Ledger"),
        [
            new ExportColumn<ProjectListItem>(InvestmentText.Get("ProjectName"), p => p.Name),
            new(InvestmentText.Get("Investor"), p => p.InvestorName),
            new(InvestmentText.Get("InvestorCountry"), p => p.InvestorCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(CultureInfo.CurrentUICulture) ?? c : null),
            new(InvestmentText.Get("Industry"), p => p.Industry),
            .. ListWorkbook.Money<ProjectListItem>(InvestmentText.Get("Amount"), p => p.AmountYuan),
            new(InvestmentText.Get("Town"), p => p.Town),
            new(InvestmentText.Get("Stage"), p => InvestmentText.Of(p.Stage)),
            new(InvestmentText.Get("StageDate"), p => p.StageDate),
            new(InvestmentText.Get("ResponsibleStaff"), p => p.ResponsibleStaff),
            new(InvestmentText.Get("Organisation"), p => names.GetValueOrDefault(p.OrganisationId)),
        ], rows, ct);
    }

    /// <summary>Sorting by the same column again flips the direction.</summary>
    public string SortLink(string key, string? queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString ?? "")
            .Where(p => p.Key is not ("sort" or "page"))
            .ToDictionary(p => p.Key, p => p.Value.ToString());
        query["sort"] = Filter.Sort == "-" + key ? key : "-" + key;
        return QueryHelpers.AddQueryString("/investment/projects", query!);
    }
}
