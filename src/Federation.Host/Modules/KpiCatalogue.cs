using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

internal sealed class KpiCatalogue(ModuleCatalog catalog) : IKpiCatalogue
{
    public IReadOnlyList<KpiDefinition> All { get; } = catalog.Enabled.SelectMany(m => m.Kpis).ToList();
}
