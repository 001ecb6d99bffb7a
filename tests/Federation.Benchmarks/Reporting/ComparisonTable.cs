using System.Globalization;
using System.Text;

namespace Federation.Benchmarks.Reporting;

/// <summary>
/// One comparison as a Markdown table: each measure for the product and the baseline and their
/// ratio (product ÷ baseline, so above 1 means the product takes more time or memory, below 1 that
/// it serves fewer requests), with notes under it.
/// </summary>
internal sealed class ComparisonTable(string title)
{
    private readonly List<(string Measure, double? Product, double? Baseline, string Format)> rows = [];
    private readonly List<string> notes = [];

    public string Title { get; } = title;

    public bool Failed { get; private set; }

    public ComparisonTable Row(string measure, double? product, double? baseline, string format = "N1")
    {
        rows.Add((measure, product, baseline, format));
        return this;
    }

    public ComparisonTable Note(string note)
    {
        notes.Add(note);
        return this;
    }

    /// <summary>A note that also makes the run fail: errors, figures that disagree, a backlog that never drained.</summary>
    public ComparisonTable Problem(string problem)
    {
        Failed = true;
        return Note("**Problem:** " + problem);
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine($"### {Title}").AppendLine();
        text.AppendLine("| measure | product | baseline | product ÷ baseline |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (measure, product, baseline, format) in rows)
            text.AppendLine($"| {measure} | {Figure(product, format)} | {Figure(baseline, format)} | {Ratio(product, baseline)} |");
        if (notes.Count > 0) text.AppendLine();
        foreach (var note in notes) text.AppendLine($"- {note}");
        return text.ToString();
    }

    private static string Figure(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "—";

    private static string Ratio(double? product, double? baseline) =>
        product is { } p && baseline is { } b && b != 0 ? (p / b).ToString("N2", CultureInfo.InvariantCulture) : "—";
}
