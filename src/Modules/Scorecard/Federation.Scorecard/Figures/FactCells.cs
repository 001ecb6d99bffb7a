using Federation.Kernel.Kpis;
using Federation.Scorecard.Facts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The facts of one KPI in one breakdown row, added up in the database: the sum, the count, the
/// distinct keys and the denominator, from which every aggregation a module may declare is made.
/// </summary>
internal sealed record FactCell<TKey>(string KpiKey, TKey Key, long ValueHundredths, long OutOfHundredths, int Facts, int DistinctKeys)
{
    public decimal Figure(KpiAggregation aggregation) => aggregation switch
    {
        KpiAggregation.Sum => ValueHundredths / 100m,
        KpiAggregation.Count => Facts,
        KpiAggregation.DistinctCount => DistinctKeys,
        KpiAggregation.Ratio => OutOfHundredths == 0 ? 0 : Math.Round((decimal)ValueHundredths / OutOfHundredths, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };
}

internal sealed class CellKey<TKey>
{
    public required string KpiKey { get; init; }
    public required TKey Key { get; init; }
}

internal static class FactCells
{
    /// <summary>One grouped query: facts grouped by KPI and <paramref name="grouped"/>'s key.</summary>
    public static Task<List<FactCell<TKey>>> Add<TKey>(IQueryable<IGrouping<CellKey<TKey>, StoredKpiFact>> grouped, CancellationToken ct) =>
        grouped.Select(g => new FactCell<TKey>(
                g.Key.KpiKey, g.Key.Key, g.Sum(f => f.ValueHundredths), g.Sum(f => f.OutOfHundredths), g.Count(),
                g.Select(f => f.DistinctKey).Distinct().Count()))
            .ToListAsync(ct);
}
