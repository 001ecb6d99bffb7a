using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Projects;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>A project's card: its stage timeline, follow-ups, and the actions that move it along.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class DetailsModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock) : PageModel
{
    public ProjectResponse? Project { get; private set; }
    public bool CanWrite => user.HasPermission(InvestmentModule.Write);
    public DateOnly Today => ChinaCalendar.Today(clock);

    /// <summary>The stage and date the advance form posted, kept when the page asks to confirm a date after today.</summary>
    public string? PostedAdvanceDate => Posted("Date");

    public string? PostedAdvanceStage => Posted("Stage");

    private string? Posted(string field) =>
        Request.HasFormContentType && string.Equals(Request.Query["handler"], "Advance", StringComparison.OrdinalIgnoreCase)
            ? Request.Form[field].ToString()
            : null;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostAdvanceAsync(Guid id, ProjectStage? stage, DateOnly? date, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, InvestmentModule.Write) is { } refused) return refused;
        var request = new AdvanceRequest(stage, date, version);
        if (await this.Validate(request, "") && await this.Try("", () => ProjectEndpoints.Advance(id, request, db, user, clock, ct)))
            return Redirect($"/investment/projects/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostRevertAsync(Guid id, string? reason, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, InvestmentModule.Write) is { } refused) return refused;
        var request = new RevertRequest(reason, version);
        if (await this.Validate(request, "") && await this.Try("", () => ProjectEndpoints.Revert(id, request, db, user, clock, ct)))
            return Redirect($"/investment/projects/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, DateOnly? date, string? note, string? nextStep, DateOnly? nextStepDue, CancellationToken ct)
    {
        if (this.Lacks(user, InvestmentModule.Write) is { } refused) return refused;
        var request = new FollowUpRequest(date, note, string.IsNullOrWhiteSpace(nextStep) ? null : nextStep, nextStepDue);
        if (await this.Validate(request, "") && await this.Try("", () => ProjectEndpoints.FollowUp(id, request, db, user, clock, ct)))
            return Redirect($"/investment/projects/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await ProjectEndpoints.Get(id, db, user, clock, ct)).Result is not Ok<ProjectResponse> { Value: { } found }) return NotFound();
        Project = found;
        Response.StatusCode = status;
        return Page();
    }
}
