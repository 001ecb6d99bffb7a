using System.Globalization;
using Federation.Kernel.Figures;
using Federation.Kernel.Web;

namespace Federation.Kernel.Kpis;

/// <summary>A KPI's value as people read it: money in 万元/亿元, rates as percentages, counts as numbers.</summary>
public static class KpiDisplay
{
    /// <summary>The value as the scorecard writes it: money as 万元/亿元, a rate as "85.5%", anything else as "1,234".</summary>
    public static string Show(KpiUnit unit, decimal value) => unit switch
    {
        KpiUnit.Yuan => Display.Yuan(value),
        KpiUnit.Percent => (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A stated figure as a report writes it: "超过96.12亿元", "200多", "约15亿元", "more than 200";
    /// rates and lengths of time carry no qualifier.
    /// </summary>
    public static string Show(KpiUnit unit, StatedFigure figure, CultureInfo culture) =>
        unit is KpiUnit.Percent or KpiUnit.Days
            ? Show(unit, figure.Value)
            : figure.Show(v => Show(unit, v), culture, unit == KpiUnit.Yuan);

    /// <summary>The value a chart draws: money in 亿元, the unit of the federation's reports; rates in percent.</summary>
    public static decimal Chart(KpiUnit unit, decimal value) => unit switch
    {
        KpiUnit.Yuan => Math.Round(value / 100_000_000m, 2),
        KpiUnit.Percent => Math.Round(value * 100, 1),
        _ => value,
    };
}
