using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Letters;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Talent.Pages.Talent.Letters;

/// <summary>The letters of intent; letters are signed and withdrawn on the talent's page.</summary>
[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Degree { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Kernel.Http.PagedList<LetterResponse> Rows { get; private set; } = new([], 0, 1, 50);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await this.Try("", async () => Rows = (await LetterEndpoints.List(
                new LetterEndpoints.ListQuery(Year, Degree, null, null, null, null, PageNumber, 50), db, user, ct)).Value!))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every letter the filters select (not one page), withdrawn ones with the date and reason.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<LetterResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<LetterResponse>(async (page, size) =>
            {
                var list = (await LetterEndpoints.List(new LetterEndpoints.ListQuery(Year, Degree, null, null, null, null, page, size), db, user, ct)).Value!;
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var names = (await directory.VisibleTo(user, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        return await ListWorkbook.File(TalentText.Get("Letters"),
        [
            new ExportColumn<LetterResponse>(TalentText.Get("SignedOn"), l => l.SignedOn),
            new(TalentText.Get("Name"), l => l.TalentName),
            new(TalentText.Get("Degree"), l => TalentText.Of(l.Degree)),
            new(TalentText.Get("Employer"), l => l.EmployerName),
            new(TalentText.Get("EmployerCreditCode"), l => l.EmployerCreditCode),
            new(TalentText.Get("Town"), l => l.Town),
            new(TalentText.Get("Status"), l => TalentText.Get(l.Active ? "Active" : "Withdrawn")),
            new(TalentText.Get("WithdrawOn"), l => l.WithdrawnOn),
            new(TalentText.Get("WithdrawnReason"), l => l.WithdrawnReason),
            new(TalentText.Get("Organisation"), l => names.GetValueOrDefault(l.OrganisationId)),
        ], rows, ct);
    }
}
