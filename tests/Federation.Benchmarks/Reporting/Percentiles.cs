namespace Federation.Benchmarks.Reporting;

/// <summary>Nearest-rank percentiles of a sample; null for an empty one.</summary>
internal static class Percentiles
{
    public static double? Of(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
