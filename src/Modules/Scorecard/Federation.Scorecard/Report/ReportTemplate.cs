using System.Globalization;
using System.Text.RegularExpressions;
using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Figures;

namespace Federation.Scorecard.Report;

/// <summary>
/// Fills a work line's report paragraph from the year's figures. <c>{kpi}</c> is the figure as
/// stated ("超过96.12亿元", "200多"); <c>{kpi:names}</c> the names its facts carry;
/// <c>{kpi|one|many}</c> the figure with the right English noun ("1 commendation", "2 commendations");
/// <c>{period}</c> and <c>{organisation}</c> the year and who reports. A <c>[bracketed]</c> part is
/// left out when every figure in it is zero, and a paragraph with no figure above zero is not written:
/// a year says only what happened.
/// </summary>
internal static partial class ReportTemplate
{
    public static string? Fill(string template, ScorecardFigures figures, string organisation, CultureInfo culture)
    {
        if (!Placeholder().Matches(template).Any(m => Happened(m, figures))) return null;
        var kept = Segment().Replace(template, segment =>
            Placeholder().Matches(segment.Groups[1].Value).Any(m => Happened(m, figures)) ? segment.Groups[1].Value : "");
        return Placeholder().Replace(kept, m => Show(m, figures, culture)).Replace("{period}", figures.Period.Label)
            .Replace("{organisation}", organisation);
    }

    private static bool Happened(Match placeholder, ScorecardFigures figures) =>
        Kpi(placeholder, figures) is { } kpi && (kpi.Value != 0 || kpi.Names is { Count: > 0 });

    private static string Show(Match placeholder, ScorecardFigures figures, CultureInfo culture)
    {
        if (Kpi(placeholder, figures) is not { } kpi) return "";
        if (placeholder.Groups["names"].Success)
            return string.Join(culture.TwoLetterISOLanguageName == "zh" ? "、" : "; ", kpi.Names ?? []);
        var shown = KpiDisplay.Show(kpi.Unit, kpi.Stated, culture);
        if (!placeholder.Groups["one"].Success) return shown;
        var one = kpi.Value == 1 && kpi.Qualifier == Qualifier.Exact;
        return $"{shown} {(one ? placeholder.Groups["one"].Value : placeholder.Groups["many"].Value)}";
    }

    private static KpiValue? Kpi(Match placeholder, ScorecardFigures figures) =>
        figures.Kpis.FirstOrDefault(k => k.Key == placeholder.Groups["key"].Value);

    [GeneratedRegex(@"\{(?<key>[a-z0-9\-]+\.[a-z0-9.\-]+)(?:(?<names>:names)|\|(?<one>[^|}]+)\|(?<many>[^|}]+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Segment();
}
