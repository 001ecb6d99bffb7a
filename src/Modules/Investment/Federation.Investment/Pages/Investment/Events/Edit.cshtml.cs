using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Pages.Investment.Events;

/// <summary>Creates an event or corrects one, through the same validator and use cases as the API.</summary>
[RequirePermission(InvestmentModule.Write)]
internal sealed class EditModel(
    InvestmentDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes, IKpiCatalogue catalogue, IPlaceDirectory places) : PageModel
{
    private const int BlankOrganiserRows = 2;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public EventRequest Form { get; set; } = Empty;

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];
    public IReadOnlyList<TownPlace> Towns { get; private set; } = [];

    /// <summary>The top-level events this one may be a session of (分会 of a conference).</summary>
    public IReadOnlyList<(Guid Id, string Title)> ParentChoices { get; private set; } = [];

    /// <summary>The other work lines an event may also serve (an investment and talent conference).</summary>
    public IReadOnlyList<(string Name, string Title)> OtherWorkLines => catalogue.WorkLines.Where(w => w != InvestmentModule.ModuleName)
        .Select(w => (w, catalogue.WorkLineTitle(w)?.For(System.Globalization.CultureInfo.CurrentUICulture) ?? w)).ToList();
    public IReadOnlyList<CountryOrRegion> Countries => CountryOrRegion.Sorted(System.Globalization.CultureInfo.CurrentUICulture);
    public int OrganiserRows => (Form.Organisers?.Count ?? 0) + BlankOrganiserRows;

    private static EventRequest Empty => new(null, null, null, null, null, null, [], null, [], null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await EventEndpoints.Get(Id.Value, db, user, ct)).Result is not Microsoft.AspNetCore.Http.HttpResults.Ok<EventResponse> { Value: { } e })
            return NotFound();
        Form = new EventRequest(e.Title, e.Kind, e.StartDate, e.EndDate, e.Venue, e.City,
            e.Organisers.Select(o => new OrganiserRequest(o.Name, o.Role)).ToList(), e.AttendeeCount,
            e.CountriesAndRegions.ToList(), e.Notes, e.OrganisationId, e.Version, e.ProgrammeId,
            e.AttendeeQualifier, e.AttendeeUpTo, e.StatedCountries, e.StatedCountriesQualifier, e.IsFlagship, e.ParentEventId,
            e.UnlistedSignedProjects, e.UnlistedSignedProjectsQualifier, e.UnlistedSignedAmountYuan, e.UnlistedSignedAmountQualifier,
            e.AlsoServes.ToList(), e.Town, e.Area);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank organiser rows are spare lines on the form, not organisers.
        Form = Form with { Organisers = Form.Organisers?.Where(o => !string.IsNullOrWhiteSpace(o.Name)).ToList() ?? [] };
        ModelState.Clear();
        Guid? saved = null;
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                saved = Id is null
                    ? (await EventEndpoints.Create(Form, db, user, programmes, catalogue, places, ct)).Value!.Id
                    : ((await EventEndpoints.Correct(Id.Value, Form, db, user, programmes, catalogue, places, ct)).Result as Microsoft.AspNetCore.Http.HttpResults.Ok<EventResponse>)?.Value?.Id;
            }) && saved is not null)
            return Redirect($"/investment/events/{saved}");
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Towns = await places.Towns(ct);
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(InvestmentModule.ModuleName, ct);
        var parents = await db.Events.AsNoTracking().VisibleTo(user).Where(e => e.ParentEventId == null && e.Id != Id)
            .OrderByDescending(e => e.StartDate).Take(200).Select(e => new { e.Id, e.Title, e.StartDate }).ToListAsync(ct);
        ParentChoices = parents.Select(e => (e.Id, $"{e.StartDate:yyyy-MM-dd} {e.Title}")).ToList();
    }
}
