using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Pilots;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Pages.Trade.Pilots;

/// <summary>Starts a trade pilot (/trade/pilots/new) or corrects one (/trade/pilots/{id}/edit).</summary>
[RequirePermission(TradeModule.Write)]
internal sealed class EditModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IPlaceDirectory places) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public PilotRequest Form { get; set; } = Empty;

    /// <summary>The participating enterprises as the text area holds them, one a line.</summary>
    [BindProperty] public string? ParticipantLines { get; set; }

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    private static PilotRequest Empty => new(null, null, null, null, null, [], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await PilotEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<PilotResponse> { Value: { } p }) return NotFound();
        Form = new PilotRequest(p.Name, p.Town, p.StartsOn, p.EndsOn, p.TargetAmountYuan == 0 ? null : p.TargetAmountYuan, p.Participants.ToList(),
            p.Notes, p.ProgrammeId, p.OrganisationId, p.Version);
        ParticipantLines = string.Join("\n", p.Participants);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form = Form with { Participants = TradeDisplay.Lines(ParticipantLines) };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await PilotEndpoints.Start(Form, db, user, programmes, places, ct)).Value!.Id
                    : ((await PilotEndpoints.Correct(Id.Value, Form, db, user, programmes, places, ct)).Result as Ok<PilotResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect("/trade/pilots");
        await LoadChoices(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(TradeModule.ModuleName, ct);
    }
}
