using System.Globalization;
using Federation.Kernel.Kpis;
using Federation.Kernel.Workspace;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The home page's figures: this year so far beside the same days of last year, with the target a
/// running programme sets. Counted from the scorecard's facts like every other figure.
/// </summary>
internal sealed class HeadlineFigures(ScorecardQuery query, IKpiCatalogue catalogue) : IHeadlineFigures
{
    public async Task<IReadOnlyList<HeadlineFigure>> YearToDate(DateOnly today, CancellationToken cancellationToken)
    {
        var thisYear = Period.Between(new DateOnly(today.Year, 1, 1), today);
        var sameDaysLastYear = Period.Between(new DateOnly(today.Year - 1, 1, 1), today.AddYears(-1));
        var now = await query.Totals(thisYear, withMonthsAndTargets: true, cancellationToken);
        var before = await query.Totals(sameDaysLastYear, withMonthsAndTargets: false, cancellationToken);
        var targets = now.Targets.GroupBy(t => t.KpiKey).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Target).First());
        var months = thisYear.Months();
        var culture = CultureInfo.CurrentUICulture;

        return catalogue.All
            .Where(k => k.Headline || targets.ContainsKey(k.Key))
            .Select(k =>
            {
                var target = targets.GetValueOrDefault(k.Key);
                return new HeadlineFigure(k.Key, k.Title.For(culture), k.Unit, now.Kpis[k.Key],
                    before.Kpis[k.Key].Value,
                    months.Select(m => now.Months.GetValueOrDefault((k.Key, m))).ToList(),
                    target?.Target, target?.Programme);
            })
            .ToList();
    }
}
