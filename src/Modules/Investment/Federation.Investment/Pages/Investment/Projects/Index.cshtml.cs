using Federation.Investment.Data;
using Federation.Investment.Projects;
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
