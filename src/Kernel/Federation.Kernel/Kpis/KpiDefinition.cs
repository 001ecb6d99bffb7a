using Federation.Kernel.Modules;

namespace Federation.Kernel.Kpis;

/// <summary>A figure a module reports to the scorecard, and how the scorecard adds its facts up.</summary>
public sealed record KpiDefinition(string Key, LocalizedText Title, KpiUnit Unit, KpiAggregation Aggregation);

public enum KpiUnit
{
    Count,
    PersonTimes,
    Yuan,
    Percent,
    Days,
}

/// <summary>How the <see cref="KpiFact"/>s of one KPI become one figure.</summary>
public enum KpiAggregation
{
    /// <summary>The sum of the facts' values (attendees, amounts).</summary>
    Sum,

    /// <summary>How many facts there are (events held, projects signed).</summary>
    Count,

    /// <summary>How many different <see cref="KpiFact.DistinctKey"/>s there are (countries reached).</summary>
    DistinctCount,

    /// <summary>The sum of the values over the sum of <see cref="KpiFact.OutOf"/> (a rate from 0 to 1).</summary>
    Ratio,

    /// <summary>The middle of the facts' values (days to resolve a concern): one slow case does not move it.</summary>
    Median,
}
