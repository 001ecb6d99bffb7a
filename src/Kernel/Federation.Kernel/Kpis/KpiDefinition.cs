using Federation.Kernel.Modules;

namespace Federation.Kernel.Kpis;

/// <summary>A figure a module reports to the scorecard, and how the scorecard adds its facts up.</summary>
/// <param name="Key">A key unique across modules, e.g. "investment.signed-amount"; facts and report placeholders name the KPI by it.</param>
/// <param name="Title">The KPI's name on the scorecard.</param>
/// <param name="Unit">What it counts in, which decides how its figure is shown.</param>
/// <param name="Aggregation">How its facts become one figure.</param>
/// <param name="ListsNames">Whether the scorecard also returns the labels of its facts (the year's flagship conferences), for the report to name them.</param>
/// <param name="Headline">Whether leaders see it on their home page every day (<c>Workspace.IHeadlineFigures</c>), besides the KPIs a running programme sets a target for.</param>
public sealed record KpiDefinition(string Key, LocalizedText Title, KpiUnit Unit, KpiAggregation Aggregation, bool ListsNames = false, bool Headline = false);

/// <summary>What a KPI counts in; it decides how the figure is shown (see <see cref="KpiDisplay"/>).</summary>
public enum KpiUnit
{
    /// <summary>A number of things: events, projects, enterprises.</summary>
    Count,
    /// <summary>People counted once per attendance (人次).</summary>
    PersonTimes,
    /// <summary>Money in yuan, shown in 万元 or 亿元.</summary>
    Yuan,
    /// <summary>A rate from 0 to 1, shown as a percentage.</summary>
    Percent,
    /// <summary>A length of time in days (days to resolve a concern).</summary>
    Days,
}

/// <summary>How the facts of one KPI (Federation.Scorecard.Contracts: <c>KpiFact</c>) become one figure.</summary>
public enum KpiAggregation
{
    /// <summary>The sum of the facts' values (attendees, amounts).</summary>
    Sum,

    /// <summary>How many facts there are (events held, projects signed).</summary>
    Count,

    /// <summary>How many different distinct keys (<c>KpiFact.DistinctKey</c>) there are (countries reached).</summary>
    DistinctCount,

    /// <summary>The sum of the values over the sum of what they are out of (<c>KpiFact.OutOf</c>): a rate from 0 to 1.</summary>
    Ratio,

    /// <summary>The middle of the facts' values (days to resolve a concern): one slow case does not move it.</summary>
    Median,
}
