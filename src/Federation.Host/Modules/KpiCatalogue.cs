using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

/// <summary>
/// Every enabled module's KPIs, in the order the shell's menu shows the work lines (investment,
/// talent, enterprises, trade — the order of the federation's report), not the order of discovery.
/// </summary>
internal sealed class KpiCatalogue(ModuleCatalog catalog) : IKpiCatalogue
{
    public IReadOnlyList<KpiDefinition> All { get; } = InMenuOrder(catalog).SelectMany(m => m.Kpis).ToList();

    public IReadOnlyList<string> WorkLines { get; } = InMenuOrder(catalog).Where(m => m.IsWorkLine && m.Kpis.Count > 0).Select(m => m.Name).ToList();

    private readonly Dictionary<string, string> declaredBy = catalog.Enabled
        .SelectMany(m => m.Kpis.Select(k => (k.Key, m.Name))).ToDictionary(x => x.Key, x => x.Name);

    public IReadOnlyList<LocalizedText> ReportParagraphs { get; } = InMenuOrder(catalog).Select(m => m.ReportParagraph).OfType<LocalizedText>().ToList();

    public string? WorkLineOf(string kpiKey) => declaredBy.GetValueOrDefault(kpiKey);

    public LocalizedText? WorkLineTitle(string workLine) => catalog.Enabled.FirstOrDefault(m => m.Name == workLine)?.Title;

    private static IEnumerable<IModule> InMenuOrder(ModuleCatalog catalog) =>
        catalog.Enabled.OrderBy(m => m.Menu.Count == 0 ? int.MaxValue : m.Menu.Min(e => e.Order));
}
