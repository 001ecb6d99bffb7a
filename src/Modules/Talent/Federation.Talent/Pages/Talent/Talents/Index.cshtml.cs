using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using Federation.Talent.Talents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Pages.Talent.Talents;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Degree { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Kernel.Http.PagedList<TalentResponse> Rows { get; private set; } = new([], 0, 1, 50);
    public bool CanWrite => user.HasPermission(TalentModule.Write);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await TalentEndpoints.List(
                new TalentEndpoints.ListQuery(Q, Degree, Status, null, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every talent the filters select (not one page), with contact, consent and where they were met.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<TalentResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<TalentResponse>(async (page, size) =>
            {
                var list = (await TalentEndpoints.List(new TalentEndpoints.ListQuery(Q, Degree, Status, null, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var culture = CultureInfo.CurrentUICulture;
        var eventIds = rows.Where(t => t.MetAtEventId is not null).Select(t => t.MetAtEventId!.Value).Distinct().ToList();
        var events = await db.Events.AsNoTracking().VisibleTo(user).Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        return await ListWorkbook.File(TalentText.Get("Talents"),
        [
            new ExportColumn<TalentResponse>(TalentText.Get("Name"), t => t.DisplayName),
            new(TalentText.Get("NameZh"), t => t.NameZh),
            new(TalentText.Get("NameForeign"), t => t.NameForeign),
            new(TalentText.Get("Degree"), t => TalentText.Of(t.Degree)),
            new(TalentText.Get("Field"), t => t.Field),
            new(TalentText.Get("Institution"), t => t.Institution),
            new(TalentText.Get("StudyCountry"), t => CountryOrRegion.Find(t.CountryOrRegion)?.Name(culture) ?? t.CountryOrRegion),
            new(TalentText.Get("Status"), t => TalentText.Of(t.Status)),
            // A contact leaves the system in a spreadsheet only when the talent agreed to be contacted.
            new(TalentText.Get("Contact"), t => t.ConsentToContact ? t.Contact : null),
            new(TalentText.Get("Consent"), t => TalentText.Get(t.ConsentToContact ? "Yes" : "No")),
            new(TalentText.Get("ConsentRecordedOn"), t => t.ConsentRecordedOn),
            new(TalentText.Get("HowMet"), t => t.HowMet),
            new(TalentText.Get("MetAtEvent"), t => t.MetAtEventId is { } id ? events.GetValueOrDefault(id) : null),
            new(TalentText.Get("Notes"), t => t.Notes),
            new(TalentText.Get("Organisation"), t => names.GetValueOrDefault(t.OrganisationId)),
        ], rows, ct);
    }
}
