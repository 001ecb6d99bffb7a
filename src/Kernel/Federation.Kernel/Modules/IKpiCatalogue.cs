namespace Federation.Kernel.Modules;

/// <summary>Every KPI the enabled modules declare: a new module's KPIs appear here with no change to the scorecard.</summary>
public interface IKpiCatalogue
{
    IReadOnlyList<KpiDefinition> All { get; }
}
