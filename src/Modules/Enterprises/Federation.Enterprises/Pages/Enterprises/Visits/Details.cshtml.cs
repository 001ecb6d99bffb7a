using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Visits;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Pages.Enterprises.Visits;

/// <summary>One visit: who went and why, the concerns heard there, and (for writers) a form to record another concern.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class DetailsModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes) : PageModel
{
    public VisitResponse? Visit { get; private set; }
    public ProgrammeReference? Programme { get; private set; }
    public IReadOnlyList<ConcernResponse> Concerns { get; private set; } = [];
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    /// <summary>What was typed into the concern form, shown again when it is refused.</summary>
    public ConcernCategory? Category { get; private set; }
    public string? Description { get; private set; }
    public DateOnly? DueOn { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    /// <summary>A concern heard at this visit: the visit's enterprise, date and programme.</summary>
    public async Task<IActionResult> OnPostRaiseAsync(Guid id, ConcernCategory? category, string? description, DateOnly? dueOn, CancellationToken ct)
    {
        if (this.Lacks(user, EnterprisesModule.Write) is { } refused) return refused;
        if ((await VisitEndpoints.Get(id, db, user, ct)).Result is not Ok<VisitResponse> { Value: { } visit }) return NotFound();
        var request = new ConcernRequest(visit.EnterpriseId, visit.Id, null, category, description, visit.VisitedOn, dueOn, visit.ProgrammeId, visit.OrganisationId, null);
        if (await this.Validate(request, "") && await this.Try("", () => ConcernEndpoints.Raise(request, db, user, clock, programmes, ct)))
            return Redirect($"/enterprises/visits/{id}");
        (Category, Description, DueOn) = (category, description, dueOn);
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await VisitEndpoints.Get(id, db, user, ct)).Result is not Ok<VisitResponse> { Value: { } found }) return NotFound();
        Visit = found;
        Programme = found.ProgrammeId is { } programmeId ? await programmes.Find(programmeId, ct) : null;
        Concerns = (await ConcernEndpoints.List(
            new ConcernEndpoints.ListQuery(null, null, null, null, null, id, null, null, null, null, 1, 200), db, user, clock, ct)).Value!.Items;
        Response.StatusCode = status;
        return Page();
    }
}
