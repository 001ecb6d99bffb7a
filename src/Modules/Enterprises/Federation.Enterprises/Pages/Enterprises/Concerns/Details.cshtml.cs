using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Pages.Enterprises.Concerns;

/// <summary>
/// One concern: what was asked, every dated and attributed step, and for writers the steps it may
/// take next (refer, resolve, close unresolved, reopen) and, for an expansion plan, the hand-over to investment.
/// </summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class DetailsModel(EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes,
    IDepartmentDirectory departments) : PageModel
{
    public ConcernResponse? Concern { get; private set; }
    public ProgrammeReference? Programme { get; private set; }
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);
    public DateOnly Today => ChinaCalendar.Today(clock);

    /// <summary>Whether the concern may be handed to the Investment work line as a lead.</summary>
    public bool CanRaiseLead => CanWrite && Concern is { Category: ConcernCategory.Expansion, LeadRaisedOn: null, EnterpriseId: not null };

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostStepAsync(
        Guid id, ConcernStatus? to, DateOnly? on, string? department, DateOnly? dueOn, string? note, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, EnterprisesModule.Write) is { } refused) return refused;
        var request = new StepRequest(to, on, Blank(department), dueOn, Blank(note), version);
        if (await this.Validate(request, "") && await this.Try("", () => ConcernEndpoints.Step(id, request, db, user, clock, departments, ct)))
            return Redirect($"/enterprises/concerns/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostLeadAsync(Guid id, decimal? estimatedAmount, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, EnterprisesModule.Write) is { } refused) return refused;
        var request = new LeadRequest(estimatedAmount, version);
        if (await this.Validate(request, "") && await this.Try("", () => ConcernEndpoints.RaiseLead(id, request, db, user, clock, ct)))
            return Redirect($"/enterprises/concerns/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await ConcernEndpoints.Get(id, db, user, clock, ct)).Result is not Ok<ConcernResponse> { Value: { } found }) return NotFound();
        Concern = found;
        Programme = found.ProgrammeId is { } programmeId ? await programmes.Find(programmeId, ct) : null;
        Response.StatusCode = status;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
