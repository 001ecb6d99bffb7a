using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Kernel.Workspace;

/// <summary>
/// This year's headline figures for the reader's scope, for a leader's or a branch's home page:
/// the scorecard answers it from its own facts. Absent when the scorecard is switched off.
/// </summary>
[Port]
public interface IHeadlineFigures
{
    /// <summary>
    /// The KPIs marked <see cref="KpiDefinition.Headline"/> and those with a target in a running
    /// programme, from 1 January to <paramref name="today"/>, beside the same days of last year,
    /// for every organisation the current user may see.
    /// </summary>
    Task<IReadOnlyList<HeadlineFigure>> YearToDate(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>One headline figure.</summary>
/// <param name="Key">The KPI key.</param>
/// <param name="Title">The KPI's name in the reader's language.</param>
/// <param name="Unit">What it counts in.</param>
/// <param name="Value">The year to date, as stated ("at least" when a part was "200多").</param>
/// <param name="LastYear">The same days of last year: the trend compares with it.</param>
/// <param name="Months">The figure of each month so far this year, January first.</param>
/// <param name="Target">The target for the year to date of a running programme, shared out by days; null when none.</param>
/// <param name="Programme">The programme that sets the target.</param>
public sealed record HeadlineFigure(
    string Key,
    string Title,
    KpiUnit Unit,
    StatedFigure Value,
    decimal LastYear,
    IReadOnlyList<decimal> Months,
    decimal? Target = null,
    string? Programme = null)
{
    /// <summary>The share of the target reached (1 is met); null without a target.</summary>
    public decimal? Progress => Target is > 0 ? Math.Round(Value.Value / Target.Value, 4) : null;
}
