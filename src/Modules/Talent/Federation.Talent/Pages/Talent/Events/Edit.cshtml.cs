using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Talent.Pages.Talent.Events;

/// <summary>Records or corrects a talent event with its talents met, through the API's validator and use cases.</summary>
[RequirePermission(TalentModule.Write)]
internal sealed class EditModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory, IProgrammeCatalogue programmes) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public TalentEventRequest Form { get; set; } = Empty;

    /// <summary>Partners as the form's text area holds them, one a line.</summary>
    [BindProperty] public string? PartnerLines { get; set; }

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ProgrammeReference> Programmes { get; private set; } = [];

    /// <summary>The combined investment and talent conferences this event may be the talent side of.</summary>
    public IReadOnlyList<(Guid Id, string Title)> Conferences { get; private set; } = [];
    public IReadOnlyList<CountryOrRegion> Countries => CountryOrRegion.Sorted(System.Globalization.CultureInfo.CurrentUICulture);
    public int MetRows => (Form.TalentsMet?.Count ?? 0) + BlankRows;

    private static TalentEventRequest Empty => new(null, null, false, null, null, false, null, null, [], [], null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoices(ct);
        if (Id is null)
        {
            Form = Empty with { OrganisationId = user.OrganisationId };
            return Page();
        }
        if ((await TalentEventEndpoints.Get(Id.Value, db, user, ct)).Result is not Ok<TalentEventResponse> { Value: { } e }) return NotFound();
        Form = new TalentEventRequest(e.Title, e.Format, e.Flagship, e.StartDate, e.EndDate, e.Online, e.City, e.CountryOrRegion, e.Partners.ToList(),
            e.TalentsMet.Select(t => new TalentsMetRequest(t.Degree, t.CountryOrRegion, t.Count)).ToList(), e.ProgrammeId, e.Notes, e.OrganisationId, e.Version,
            e.StatedTalentsMet, e.StatedTalentsMetQualifier, e.StatedCountries, e.StatedCountriesQualifier, e.ConferenceId);
        PartnerLines = string.Join("\n", e.Partners);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Blank rows are spare lines on the form, not groups of talents.
        Form = Form with
        {
            TalentsMet = Form.TalentsMet?.Where(t => t.Count is not null || !string.IsNullOrEmpty(t.CountryOrRegion)).ToList() ?? [],
            Partners = (PartnerLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        ModelState.Clear();
        if (await this.Validate(Form, nameof(Form)) && await this.Try(nameof(Form), async () =>
            {
                if (Id is null) await TalentEventEndpoints.Create(Form, db, user, programmes, ct);
                else await TalentEventEndpoints.Correct(Id.Value, Form, db, user, programmes, ct);
            }))
            return Redirect("/talent/events");
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        Programmes = await programmes.ForWorkLine(TalentModule.ModuleName, ct);
        var conferences = await db.Conferences.AsNoTracking().VisibleTo(user).Where(c => !c.Removed && c.ServesTalent)
            .OrderByDescending(c => c.StartDate).Take(200).Select(c => new { c.Id, c.Title, c.StartDate }).ToListAsync(ct);
        Conferences = conferences.Select(c => (c.Id, $"{c.StartDate:yyyy-MM-dd} {c.Title}")).ToList();
    }
}
