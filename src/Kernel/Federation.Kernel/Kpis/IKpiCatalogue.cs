using Federation.Kernel.Modules;

namespace Federation.Kernel.Kpis;

/// <summary>Every KPI the enabled modules declare: a new module's KPIs appear here with no change to the scorecard.</summary>
[Port]
public interface IKpiCatalogue
{
    /// <summary>Every KPI the enabled modules declare.</summary>
    IReadOnlyList<KpiDefinition> All { get; }

    /// <summary>The enabled work lines that declare KPIs, by module name, for tagging programmes.</summary>
    IReadOnlyList<string> WorkLines { get; }

    /// <summary>The title of an enabled module, for labels; null when it is not enabled.</summary>
    LocalizedText? WorkLineTitle(string workLine);

    /// <summary>The module that declares a KPI, or null when no enabled module does.</summary>
    string? WorkLineOf(string kpiKey);

    /// <summary>The enabled modules' paragraphs of the annual report, in module order.</summary>
    IReadOnlyList<LocalizedText> ReportParagraphs { get; }
}
