namespace Federation.Scorecard.Figures;

/// <summary>A year's scorecard for one scope: each KPI by the key its module declared, with breakdowns.</summary>
internal sealed record YearFigures(
    int Year,
    Guid? OrganisationId,
    bool IncludeBranches,
    IReadOnlyList<KpiValue> Kpis,
    IReadOnlyList<decimal> SignedAmountYuanByMonth,
    IReadOnlyList<TownFigure> SignedByTown,
    IReadOnlyList<TargetProgress> Targets);

/// <summary>A KPI's value; money in yuan, rates as a fraction from 0 to 1.</summary>
internal sealed record KpiValue(string Key, decimal Value);

internal sealed record TownFigure(string Town, int Projects, decimal AmountYuan);

/// <summary>How far a KPI has come against a programme's target for the year; 1 is the target met.</summary>
internal sealed record TargetProgress(Guid ProgrammeId, string ProgrammeZh, string ProgrammeEn, string KpiKey,
    decimal Target, decimal Actual, decimal Progress);
