using System.Globalization;
using System.Text.RegularExpressions;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Federation.Scorecard.Pages.Scorecard;

/// <summary>
/// The year's figures written as the federation writes its own report ("全年助力引进投资96.12亿元"),
/// one paragraph per work line from the template its module declares, laid out to print.
/// </summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed partial class ReportModel(ScorecardQuery query, IKpiCatalogue catalogue, TimeProvider clock, IStringLocalizer<ScorecardText> text)
    : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public IReadOnlyList<string> Targets { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 1949 and <= 2100 ? year.Value : Kernel.Time.ChinaCalendar.Today(clock).Year - 1;
        var figures = await query.Read(Period.Of(Year, null), null, true, ct);
        var culture = CultureInfo.CurrentUICulture;
        Paragraphs = catalogue.ReportParagraphs.Select(p => Fill(p.For(culture), figures)).ToList();
        Targets = figures.Targets.Select(t => string.Format(culture, text["ReportTarget"], t.Programme,
            catalogue.All.FirstOrDefault(k => k.Key == t.KpiKey)?.Title.For(culture) ?? t.KpiKey,
            KpiDisplay.Show(KpiUnit.Percent, t.Progress))).ToList();
    }

    private static string Fill(string template, ScorecardFigures figures) => Placeholder().Replace(template, match =>
    {
        var key = match.Groups[1].Value;
        if (key == "period") return figures.Period.Label;
        return figures.Kpis.FirstOrDefault(k => k.Key == key) is { } kpi ? KpiDisplay.Show(kpi.Unit, kpi.Value) : match.Value;
    });

    [GeneratedRegex(@"\{([a-z0-9.\-]+)\}")]
    private static partial Regex Placeholder();
}
