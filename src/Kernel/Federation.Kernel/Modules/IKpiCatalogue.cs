namespace Federation.Kernel.Modules;

/// <summary>Every KPI the enabled modules declare: a new module's KPIs appear here with no change to the scorecard.</summary>
public interface IKpiCatalogue
{
    IReadOnlyList<KpiDefinition> All { get; }

    /// <summary>The enabled work lines that declare KPIs, by module name, for tagging programmes.</summary>
    IReadOnlyList<string> WorkLines { get; }
}
