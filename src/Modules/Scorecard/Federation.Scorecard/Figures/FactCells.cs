using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Facts;

namespace Federation.Scorecard.Figures;

/// <summary>
/// The facts of one KPI in one breakdown row, added up from its cells: the sum, the count, the
/// distinct keys and the denominator, from which every aggregation a module may declare is made;
/// with the weakest qualifier of the parts, the sum of their tops and the largest stated count.
/// </summary>
internal sealed record FactCell<TKey>(
    string KpiKey, TKey Key, long ValueHundredths, long OutOfHundredths, int Facts, int DistinctKeys,
    int WeakestQualifier, long TopHundredths, long StatedHundredths)
{
    /// <summary>The middle value, filled in only for KPIs that declare <see cref="KpiAggregation.Median"/>.</summary>
    public decimal Median { get; init; }

    public decimal Figure(KpiAggregation aggregation) => aggregation switch
    {
        KpiAggregation.Sum => ValueHundredths / 100m,
        KpiAggregation.Count => Facts,
        KpiAggregation.DistinctCount => Math.Max(DistinctKeys, StatedHundredths / 100m),
        KpiAggregation.Ratio => OutOfHundredths == 0 ? 0 : Math.Round((decimal)ValueHundredths / OutOfHundredths, 4),
        KpiAggregation.Median => Median,
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };

    /// <summary>
    /// The figure with the qualifier the parts allow: a sum as weak as its weakest part; a distinct
    /// count the number of different keys listed or, where an event stated more ("30多个国家和地区"),
    /// at least that; every other aggregation as exact as the records it counts.
    /// </summary>
    public StatedFigure Stated(KpiAggregation aggregation) => aggregation switch
    {
        KpiAggregation.Sum => StatedFigure.Of(ValueHundredths / 100m, (Qualifier)WeakestQualifier, TopHundredths / 100m),
        KpiAggregation.DistinctCount when StatedHundredths / 100m > DistinctKeys => new(StatedHundredths / 100m, Qualifier.AtLeast),
        _ => new(Figure(aggregation)),
    };
}

internal static class FactCells
{
    /// <summary>
    /// The cells grouped by KPI and <paramref name="keyOf"/>'s key, added up: sums and counts add,
    /// the weakest qualifier is the weakest any part has, and distinct keys are counted once across cells.
    /// </summary>
    public static List<FactCell<TKey>> Of<TKey>(IEnumerable<PeriodCell> cells, Func<PeriodCell, TKey> keyOf) =>
        cells.GroupBy(c => (c.Key.KpiKey, Key: keyOf(c)))
            .Select(g =>
            {
                var parts = g.Aggregate(CellParts.None, (sum, c) => sum.Plus(c.Parts));
                var distinctKeys = g.Select(c => c.Key.DistinctKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Count();
                return new FactCell<TKey>(g.Key.KpiKey, g.Key.Key, parts.ValueHundredths, parts.OutOfHundredths, parts.Facts, distinctKeys,
                    (int)parts.WeakestQualifier, parts.TopHundredths, parts.StatedHundredths);
            })
            .ToList();

    /// <summary>
    /// Adds the medians SQL cannot group, from the few facts of median KPIs loaded once: each
    /// cell of such a KPI gets the middle of the values sharing its key.
    /// </summary>
    public static List<FactCell<TKey>> WithMedians<TKey>(List<FactCell<TKey>> cells, IReadOnlyList<MedianSample> samples, Func<MedianSample, TKey> keyOf)
    {
        if (samples.Count == 0) return cells;
        var byCell = samples.GroupBy(s => (s.KpiKey, Key: keyOf(s))).ToDictionary(g => g.Key, g => g.Select(s => s.ValueHundredths).ToList());
        return cells.Select(c => byCell.TryGetValue((c.KpiKey, c.Key), out var values) ? c with { Median = MiddleOf(values) } : c).ToList();
    }

    private static decimal MiddleOf(List<long> hundredths) => Middle(hundredths) / 100m;

    /// <summary>The middle value, or the mean of the two middle values of an even count; the list must not be empty.</summary>
    internal static decimal Middle(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}

/// <summary>One fact of a median KPI with every key the scorecard breaks figures down by.</summary>
internal sealed record MedianSample(
    string KpiKey, int Month, string? Town, string? Area, string? CountryOrRegion, string WorkLine, Guid OrganisationId, Guid? ProgrammeId, long ValueHundredths);

