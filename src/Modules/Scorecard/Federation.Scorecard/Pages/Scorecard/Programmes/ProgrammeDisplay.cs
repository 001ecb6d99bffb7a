using System.Globalization;
using Federation.Kernel.Kpis;
using Federation.Kernel.Web;
using Federation.Scorecard.Programmes;
using Federation.Scorecard.Resources;

namespace Federation.Scorecard.Pages.Scorecard.Programmes;

/// <summary>How the programmes pages show a programme's period and targets, so the list and a programme's page agree.</summary>
internal static class ProgrammeDisplay
{
    /// <summary>"2023-01-01 – 2025-12-31", or for a programme still running "2023-01-01 起，长期开展".</summary>
    public static string Period(ProgrammeEndpoints.ProgrammeResponse programme) => programme.EndsOn is { } end
        ? $"{Display.Date(programme.StartsOn)} – {Display.Date(end)}"
        : ScorecardText.Format("OpenEndedPeriod", Display.Date(programme.StartsOn));

    /// <summary>"签约项目数 ≥ 20": the KPI's title and the yearly target in its unit.</summary>
    public static string Target(IKpiCatalogue kpis, ProgrammeTarget target)
    {
        var kpi = kpis.All.FirstOrDefault(k => k.Key == target.KpiKey);
        var value = kpi?.Unit switch
        {
            KpiUnit.Yuan => Display.Yuan(target.YearlyTarget),
            KpiUnit.Percent => (target.YearlyTarget * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
            _ => target.YearlyTarget.ToString("0.##", CultureInfo.InvariantCulture),
        };
        return $"{kpi?.Title.For(CultureInfo.CurrentUICulture) ?? target.KpiKey} ≥ {value}";
    }
}
