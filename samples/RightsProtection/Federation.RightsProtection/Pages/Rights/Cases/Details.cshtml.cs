using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.RightsProtection.Pages.Rights.Cases;

/// <summary>
/// One case: the complainant, the matter, the dated steps so far, and for writers the steps it
/// may take next (accept, refer, resolve, close) and deletion.
/// </summary>
[RequirePermission(RightsProtectionModule.Read)]
internal sealed class DetailsModel(RightsDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, Federation.Kernel.PersonalData.IPersonalDataLog log) : PageModel
{
    public CaseResponse? Case { get; private set; }
    public OrganisationSummary? Organisation { get; private set; }
    public bool CanWrite => user.HasPermission(RightsProtectionModule.Write);
    public DateOnly Today => ChinaCalendar.Today(clock);

    /// <summary>The step that was refused and what was typed for it, shown again in its form.</summary>
    public CaseStatus? Tried { get; private set; }
    public DateOnly? TriedOn { get; private set; }
    public string? TriedText { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostMoveAsync(
        Guid id, CaseStatus? to, DateOnly? on, string? referredTo, string? outcome, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, RightsProtectionModule.Write) is { } refused) return refused;
        var request = new CaseStatusRequest(to, on, referredTo, outcome, version);
        if (await this.Validate(request, "") && await this.Try("", () => CaseEndpoints.Move(id, request, db, user, ct)))
            return Redirect($"/rights/cases/{id}");
        (Tried, TriedOn, TriedText) = (to, on, referredTo ?? outcome);
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, RightsProtectionModule.Write) is { } refused) return refused;
        var found = true;
        if (await this.Try("", async () => found = (await CaseEndpoints.Remove(id, version, db, user, ct)).Result is NoContent))
            return found ? Redirect("/rights/cases") : NotFound();
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await CaseEndpoints.Get(id, db, user, log, ct)).Result is not Ok<CaseResponse> { Value: { } found }) return NotFound();
        Case = found;
        Organisation = (await directory.VisibleTo(user, ct)).FirstOrDefault(o => o.Id == found.OrganisationId);
        Response.StatusCode = status;
        return Page();
    }
}
