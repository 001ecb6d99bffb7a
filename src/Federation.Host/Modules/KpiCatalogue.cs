using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;

namespace Federation.Host.Modules;

internal sealed class KpiCatalogue(ModuleCatalog catalog) : IKpiCatalogue
{
    public IReadOnlyList<KpiDefinition> All { get; } = catalog.Enabled.SelectMany(m => m.Kpis).ToList();

    public IReadOnlyList<string> WorkLines { get; } = catalog.WorkLines.Where(m => m.Kpis.Count > 0).Select(m => m.Name).ToList();

    private readonly Dictionary<string, string> declaredBy = catalog.Enabled
        .SelectMany(m => m.Kpis.Select(k => (k.Key, m.Name))).ToDictionary(x => x.Key, x => x.Name);

    public IReadOnlyList<LocalizedText> ReportParagraphs { get; } =
        catalog.Enabled.Select(m => m.ReportParagraph).OfType<LocalizedText>().ToList();

    public string? WorkLineOf(string kpiKey) => declaredBy.GetValueOrDefault(kpiKey);

    public LocalizedText? WorkLineTitle(string workLine) => catalog.Enabled.FirstOrDefault(m => m.Name == workLine)?.Title;
}
