using Federation.Scorecard.Figures;

namespace Federation.Scorecard.Report;

/// <summary>
/// A year's report as the federation (or a branch) would write it: its title, a paragraph for each
/// work line that did something that year, the programmes run and the targets reached, and the
/// figures behind them for the tables. The page and the Word document both show this.
/// </summary>
internal sealed record AnnualReport(
    int Year,
    string Title,
    string Organisation,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Programmes,
    IReadOnlyList<string> Targets,
    ScorecardFigures Figures);
