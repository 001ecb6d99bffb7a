namespace Federation.Kernel.Modules;

/// <summary>A figure a module reports to the scorecard.</summary>
public sealed record KpiDefinition(string Key, LocalizedText Title, KpiUnit Unit, KpiAggregation Aggregation);

public enum KpiUnit
{
    Count,
    PersonTimes,
    Yuan,
    Percent,
}

public enum KpiAggregation
{
    Sum,
    Count,
    DistinctCount,
    Ratio,
}
