using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

internal sealed class KpiCatalogue(ModuleCatalog catalog) : IKpiCatalogue
{
    public IReadOnlyList<KpiDefinition> All { get; } = catalog.Enabled.SelectMany(m => m.Kpis).ToList();

    public IReadOnlyList<string> WorkLines { get; } = catalog.WorkLines.Where(m => m.Kpis.Count > 0).Select(m => m.Name).ToList();
}
