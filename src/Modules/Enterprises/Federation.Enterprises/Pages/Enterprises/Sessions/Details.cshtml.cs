using Federation.Enterprises.Concerns;
using Federation.Enterprises.Data;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Sessions;

/// <summary>One policy session: topic, departments, attendance, and the concerns raised there.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class DetailsModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes) : PageModel
{
    public PolicySessionResponse? Session { get; private set; }
    public ProgrammeReference? Programme { get; private set; }
    public IReadOnlyList<ConcernResponse> Concerns { get; private set; } = [];
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await PolicySessionEndpoints.Get(id, db, user, ct)).Result is not Ok<PolicySessionResponse> { Value: { } found }) return NotFound();
        Session = found;
        Programme = found.ProgrammeId is { } programmeId ? await programmes.Find(programmeId, ct) : null;
        Concerns = (await ConcernEndpoints.List(
            new ConcernEndpoints.ListQuery(null, null, null, null, null, null, id, null, null, null, 1, 200), db, user, clock, ct)).Value!.Items;
        return Page();
    }
}
