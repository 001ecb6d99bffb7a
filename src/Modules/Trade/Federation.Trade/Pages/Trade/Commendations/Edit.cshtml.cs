using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Trade.Pages.Trade.Commendations;

/// <summary>Records a commendation received (/trade/commendations/new) or corrects one (/trade/commendations/{id}/edit).</summary>
[RequirePermission(TradeModule.Write)]
internal sealed class EditModel(TradeDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public CommendationRequest Form { get; set; } = Empty;

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    private static CommendationRequest Empty => new(null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        if (Id is null)
        {
            Form = Empty with { ReceivedOn = ChinaCalendar.Today(clock), OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await CommendationEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<CommendationResponse> { Value: { } c }) return NotFound();
        Form = new CommendationRequest(c.From, c.Kind, c.ReceivedOn, c.Reason, c.Notes, c.OrganisationId, c.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await CommendationEndpoints.Receive(Form, db, user, ct)).Value!.Id
                    : ((await CommendationEndpoints.Correct(Id.Value, Form, db, user, ct)).Result as Ok<CommendationResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect("/trade/commendations");
        Organisations = await directory.VisibleTo(user, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
