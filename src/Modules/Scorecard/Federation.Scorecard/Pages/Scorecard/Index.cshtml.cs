using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Funnel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard;

/// <summary>
/// The dashboard: every KPI of a year, a quarter or a range of days for the chosen scope, grouped by
/// work line, with one KPI (the reader's choice) drawn by month, town and country and tabulated by
/// organisation, work line and programme.
/// </summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed class IndexModel(ScorecardQuery query, FunnelQuery funnels, ICurrentUser user, IOrganisationDirectory directory, IKpiCatalogue catalogue, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? ExcludeBranches { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kpi { get; set; }

    public ScorecardFigures? Figures { get; private set; }

    /// <summary>Each pipeline's stage conversion for the projects (or other records) entered in the period.</summary>
    public IReadOnlyList<PipelineFunnel> Funnels { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<IGrouping<string, KpiValue>> WorkLines { get; private set; } = [];
    public KpiDefinition? Charted { get; private set; }
    public string ExportLink { get; private set; } = "";

    public bool IsRange => From is not null || To is not null;

    /// <summary>The years the year box offers, newest first: the lists' years, and the year asked for if it is outside them.</summary>
    public IReadOnlyList<int> YearChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = Kernel.Time.ChinaCalendar.Today(clock);
        var earliest = Math.Min(ListFilter.EarliestYear, Year ?? ListFilter.EarliestYear);
        var latest = Math.Max(today.Year + 1, Year ?? 0);
        YearChoices = Enumerable.Range(earliest, Math.Max(0, latest - earliest + 1)).Reverse().ToList();
        Organisations = await directory.VisibleTo(user, ct);
        Charted = catalogue.All.FirstOrDefault(k => k.Key == Kpi)
            ?? catalogue.All.FirstOrDefault(k => k.Unit == KpiUnit.Yuan) ?? catalogue.All.FirstOrDefault();
        var includeBranches = ExcludeBranches != true;
        if (!await this.Try("", async () =>
            {
                if (Year is null && !IsRange)
                    Year = await query.LatestYearWithFacts(OrganisationId, includeBranches, today, ct) ?? today.Year;
                var period = IsRange ? Period.Between(From, To) : Period.Of(Year ?? today.Year, Quarter);
                Figures = await query.Read(period, OrganisationId, includeBranches, ct);
                Funnels = await funnels.Read(period, OrganisationId, includeBranches, ct);
            }))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        WorkLines = Figures!.Kpis.GroupBy(k => catalogue.WorkLineTitle(k.WorkLine)?.For(CultureInfo.CurrentUICulture) ?? k.WorkLine).ToList();
        var scope = (OrganisationId is null ? "" : $"&organisationId={OrganisationId}") + (includeBranches ? "" : "&includeBranches=false");
        ExportLink = IsRange
            ? $"/api/scorecard/export.xlsx?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}{scope}"
            : $"/api/scorecard/years/{Year}/export.xlsx?{(Quarter is null ? "" : $"quarter={Quarter}")}{scope}";
        return Page();
    }

    /// <summary>This same view with another KPI charted.</summary>
    public string KpiLink(string key) => QueryString.Create(new Dictionary<string, string?>
    {
        ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["quarter"] = Quarter?.ToString(CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["organisationId"] = OrganisationId?.ToString(),
        ["excludeBranches"] = ExcludeBranches == true ? "true" : null,
        ["kpi"] = key,
    }.Where(p => p.Value is not null)).ToString();

    public string Show(KpiValue kpi) => KpiDisplay.Show(kpi.Unit, kpi.Stated, System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>A funnel as its chart draws it, read by funnel-chart.js from a data attribute (no inline script).</summary>
    public static object FunnelSeries(PipelineFunnel funnel) => new
    {
        stages = funnel.Stages.Select(s => new { title = s.Title, reached = s.Reached, percent = s.PercentOfPrevious }),
    };

    public string ShowCharted(BreakdownRow row) => Charted is null ? "" : KpiDisplay.Show(Charted.Unit, row.Value(Charted.Key));

    /// <summary>A breakdown's rows as a chart draws them: labels and the charted KPI's values.</summary>
    public object Series(IReadOnlyList<BreakdownRow> rows, bool onlyWithFacts = true)
    {
        IReadOnlyList<BreakdownRow> shown = onlyWithFacts ? WithFacts(rows).ToList() : rows;
        return new
        {
            labels = shown.Select(r => r.Label),
            values = shown.Select(r => Charted is null ? 0 : KpiDisplay.Chart(Charted.Unit, r.Value(Charted.Key))),
        };
    }

    /// <summary>The rows where the charted KPI has facts, largest first.</summary>
    public IEnumerable<BreakdownRow> WithFacts(IReadOnlyList<BreakdownRow> rows) => Charted is not { } charted
        ? []
        : rows.Where(r => r.Values.ContainsKey(charted.Key)).OrderByDescending(r => r.Value(charted.Key));
}
