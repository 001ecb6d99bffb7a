using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Figures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard;

/// <summary>The year's headline figures for the reader's scope, titled and shown the way each KPI's module declared it.</summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed class IndexModel(ScorecardDbContext db, ICurrentUser user, IOrganisationDirectory directory, IKpiCatalogue kpis, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }

    public YearFigures? Figures { get; private set; }
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<ShownKpi> Rows { get; private set; } = [];

    internal sealed record ShownKpi(string Key, string Title, string Shown);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= Kernel.Time.ChinaCalendar.Today(clock).Year - 1;
        Organisations = await directory.VisibleTo(user, ct);
        if (!await this.Try("", async () =>
                Figures = (await ScorecardEndpoints.Year(Year.Value, OrganisationId, true, db, user, directory, ct)).Value))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Figures = new YearFigures(Year.Value, OrganisationId, true, [], [], [], []);
        }
        var culture = CultureInfo.CurrentUICulture;
        Rows = kpis.All.Select(k => new ShownKpi(k.Key, k.Title.For(culture),
                Show(k.Unit, Figures!.Kpis.FirstOrDefault(v => v.Key == k.Key)?.Value)))
            .ToList();
        return Page();
    }

    private static string Show(KpiUnit unit, decimal? value) => value switch
    {
        null => "—",
        { } v when unit == KpiUnit.Yuan => Display.Yuan(v),
        { } v when unit == KpiUnit.Percent => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
