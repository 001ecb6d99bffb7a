using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;

namespace Federation.Scorecard.Figures;

/// <summary>The scorecard of one period and scope: each KPI by the key its module declared, its breakdowns and targets.</summary>
internal sealed record ScorecardFigures(
    PeriodResponse Period,
    Guid? OrganisationId,
    bool IncludeBranches,
    IReadOnlyList<KpiValue> Kpis,
    Breakdowns Breakdowns,
    IReadOnlyList<TargetProgress> Targets);

internal sealed record PeriodResponse(DateOnly From, DateOnly To, string Label);

/// <summary>
/// A KPI's value; money in yuan, rates as a fraction from 0 to 1. <see cref="Qualifier"/> says how
/// sure the figure is ("at least" when a part was "200多"), <see cref="UpTo"/> the top of a range,
/// and <see cref="Names"/> what the facts were called, for KPIs that list names (in date order).
/// </summary>
internal sealed record KpiValue(
    string Key, string Title, string WorkLine, KpiUnit Unit, decimal Value,
    Qualifier Qualifier = Qualifier.Exact, decimal? UpTo = null, IReadOnlyList<string>? Names = null)
{
    public StatedFigure Stated => StatedFigure.Of(Value, Qualifier, UpTo);
}

/// <summary>One row of a breakdown (a month, a town …) with the value of every KPI that has facts in it.</summary>
internal sealed record BreakdownRow(string? Key, string Label, IReadOnlyDictionary<string, decimal> Values)
{
    public decimal Value(string kpiKey) => Values.GetValueOrDefault(kpiKey);
}

internal sealed record Breakdowns(
    IReadOnlyList<BreakdownRow> ByMonth,
    IReadOnlyList<BreakdownRow> ByTown,
    IReadOnlyList<BreakdownRow> ByArea,
    IReadOnlyList<BreakdownRow> ByCountryOrRegion,
    IReadOnlyList<BreakdownRow> ByWorkLine,
    IReadOnlyList<BreakdownRow> ByOrganisation,
    IReadOnlyList<BreakdownRow> ByProgramme);

/// <summary>
/// How far a KPI has come against a programme's target for the period; 1 is the target met. A yearly
/// target of a sum or count is shared out by days over a shorter period; a rate or a distinct count is not.
/// </summary>
internal sealed record TargetProgress(Guid ProgrammeId, string Programme, string KpiKey, decimal Target, decimal Actual, decimal Progress);

/// <summary>
/// A period's totals by KPI key, and when asked the figure of each KPI in each month (yyyyMM) and the
/// targets of the programmes running in it.
/// </summary>
internal sealed record PeriodTotals(
    IReadOnlyDictionary<string, StatedFigure> Kpis,
    IReadOnlyDictionary<(string KpiKey, int Month), decimal> Months,
    IReadOnlyList<TargetProgress> Targets);
