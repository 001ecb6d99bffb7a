using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Campaigns;

/// <summary>A campaign's board: each leadership member's enterprises and which are visited; writers assign and unassign.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class BoardModel(EnterprisesDbContext db, ICurrentUser user, IPeopleDirectory people, IOrganisationDirectory organisations) : PageModel
{
    public CampaignResponse? Campaign { get; private set; }
    public IReadOnlyList<PersonSummary> Leaders { get; private set; } = [];
    public IReadOnlyList<EnterpriseChoice> Enterprises { get; private set; } = [];
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid? enterpriseId, Guid? leaderUserId, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, EnterprisesModule.Write) is { } refused) return refused;
        var request = new AssignRequest(enterpriseId, leaderUserId, version);
        if (await this.Validate(request, "") && await this.Try("", () => CampaignEndpoints.Assign(id, request, db, user, people, organisations, ct)))
            return Redirect($"/enterprises/campaigns/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostUnassignAsync(Guid id, Guid assignmentId, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, EnterprisesModule.Write) is { } refused) return refused;
        if (await this.Try("", () => CampaignEndpoints.Unassign(id, assignmentId, version, db, user, ct)))
            return Redirect($"/enterprises/campaigns/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        if ((await CampaignEndpoints.Get(id, db, user, ct)).Result is not Ok<CampaignResponse> { Value: { } found }) return NotFound();
        Campaign = found;
        if (CanWrite)
        {
            Leaders = await people.Leaders(user, ct);
            var assigned = found.Assignments.Select(a => a.EnterpriseId).ToHashSet();
            Enterprises = (await EnterpriseChoices.VisibleTo(db, user, null, ct)).Where(e => !assigned.Contains(e.Id)).ToList();
        }
        Response.StatusCode = status;
        return Page();
    }
}
