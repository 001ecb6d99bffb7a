using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.RightsProtection.Kpis;

/// <summary>The figures the rights protection work line reports to the scorecard.</summary>
internal static class RightsKpis
{
    public const string Received = "rights.cases-received";
    public const string Resolved = "rights.cases-resolved";
    public const string ResolutionRate = "rights.resolution-rate";
    public const string DaysToResolve = "rights.days-to-resolve";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(Received, new("受理侨益维权个案", "Rights cases received"), KpiUnit.Count, KpiAggregation.Count),
        new(Resolved, new("办结侨益维权个案", "Rights cases resolved"), KpiUnit.Count, KpiAggregation.Count),
        new(ResolutionRate, new("维权个案办结率", "Share of received cases resolved"), KpiUnit.Percent, KpiAggregation.Ratio),
        new(DaysToResolve, new("维权个案办结用时（中位数）", "Days to resolve a case (median)"), KpiUnit.Days, KpiAggregation.Median),
    ];

    public static LocalizedText ReportParagraph { get; } = new(
        "{period}，依法维护侨益，受理归侨侨眷和海外侨胞维权个案{rights.cases-received}件，办结{rights.cases-resolved}件，" +
        "当期受理个案办结率{rights.resolution-rate}，办结用时中位数{rights.days-to-resolve}。",
        "In {period} the federation protected the lawful rights of returned overseas Chinese, their relatives and overseas Chinese: " +
        "it received {rights.cases-received} cases and resolved {rights.cases-resolved}; {rights.resolution-rate} of the cases received " +
        "in the period were resolved, in a median of {rights.days-to-resolve}.");
}
