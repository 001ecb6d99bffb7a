using Federation.Kernel.Geography;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Projects;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.Events;

/// <summary>An event with the projects and credit lines obtained there.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class DetailsModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IPlaceDirectory places, IReadSnapshots snapshots) : PageModel
{
    public EventResponse? Event { get; private set; }
    public ProjectLedgerPage Projects { get; private set; } = new([], 0, 0, 1, 200);
    public CreditLineEndpoints.CreditLinePage CreditLines { get; private set; } = new([], 0, 0, 1, 200);
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await EventEndpoints.Get(id, db, user, ct)).Result is not Ok<EventResponse> { Value: { } found }) return NotFound();
        Event = found;
        Projects = (await ProjectLedger.List(new ProjectLedger.Query(null, null, null, null, id, null, null, 1, 200, "-amount"), db, user, clock, places, snapshots, ct)).Value!;
        CreditLines = (await CreditLineEndpoints.List(new CreditLineEndpoints.ListQuery(null, id, null, 1, 200), db, user, ct)).Value!;
        return Page();
    }
}
