using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Trade.Data;
using Federation.Trade.Tours;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Pages.Trade.Tours;

/// <summary>Records an inspection tour (/trade/tours/new) or corrects one (/trade/tours/{id}/edit), with its person-times by country or region.</summary>
[RequirePermission(TradeModule.Write)]
internal sealed class EditModel(TradeDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IPlaceDirectory places) : PageModel
{
    /// <summary>Country rows the form offers at least; blank ones are spare lines.</summary>
    private const int ParticipantLines = 6;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public TourRequest Form { get; set; } = Empty;

    /// <summary>The towns as the form's one line holds them, separated by 、 or commas.</summary>
    [BindProperty] public string? TownNames { get; set; }

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];
    public int ParticipantRows => Math.Max(ParticipantLines, Form.Participants?.Count ?? 0);

    private static TourRequest Empty => new(null, null, null, [], [], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await TourEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<TourResponse> { Value: { } t }) return NotFound();
        Form = new TourRequest(t.Title, t.StartsOn, t.EndsOn, t.Towns.Select(x => (string?)x).ToList(),
            t.Participants.Select(p => (ParticipantsRequest?)new ParticipantsRequest(p.CountryOrRegion, p.PersonTimes)).ToList(),
            t.Outcomes, t.ProgrammeId, t.OrganisationId, t.Version);
        TownNames = string.Join("、", t.Towns);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank rows are spare lines on the form, not a country with nobody from it.
        Form = Form with
        {
            Towns = TradeDisplay.Split(TownNames),
            Participants = (Form.Participants ?? []).Where(p => p is not null && (p.PersonTimes is not null || !string.IsNullOrWhiteSpace(p.CountryOrRegion)))
                .Select(p => p! with { CountryOrRegion = TradeDisplay.Code(p.CountryOrRegion) }).Select(p => (ParticipantsRequest?)p).ToList(),
        };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await TourEndpoints.Hold(Form, db, user, programmes, places, ct)).Value!.Id
                    : ((await TourEndpoints.Correct(Id.Value, Form, db, user, programmes, places, ct)).Result as Ok<TourResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect("/trade/tours");
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
