using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// Runs the comparisons named on the command line (or all six) in one work folder, so the large
/// databases are seeded once, and prints each table with the machine and its load.
/// </summary>
internal static class ComparisonRun
{
    public static readonly string[] Names = ["reads", "writes", "propagation", "scorecard", "startup", "search"];

    public static async Task<int> Run(IReadOnlyList<string> names, string[] args)
    {
        ComparisonOptions options;
        try { options = ComparisonOptions.Parse(args); }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        using var deadline = new CancellationTokenSource(options.Deadline);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            deadline.Cancel();
        };
        var work = Directory.CreateTempSubdirectory("federation-bench-");
        var context = new BenchContext(options.HostDll, work.FullName, options.LoadFor, deadline.Token);
        var loadBefore = Machine.LoadAverage();
        var started = DateTime.UtcNow;
        var tables = new List<ComparisonTable>();
        var failed = false;
        foreach (var name in names)
        {
            BenchContext.Progress($"comparison {name}");
            try
            {
                var table = await Comparison(name, context, options);
                Console.WriteLine(table.Render());
                tables.Add(table);
            }
            catch (Exception e)
            {
                failed = true;
                Console.Error.WriteLine($"comparison {name} failed: {e}");
            }
        }
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Run: {started:yyyy-MM-dd HH:mm} to {DateTime.UtcNow:HH:mm} UTC; load average (1, 5, 15 min) {loadBefore} before, {Machine.LoadAverage()} after");
        Console.WriteLine($"Host: {options.HostDll}");
        failed |= tables.Any(t => t.Failed);
        if (failed || options.Keep) Console.Error.WriteLine($"databases and logs kept in {work.FullName}");
        else work.Delete(recursive: true);
        return failed ? 1 : 0;
    }

    private static Task<ComparisonTable> Comparison(string name, BenchContext context, ComparisonOptions options) => name switch
    {
        "reads" => ReadComparison.Run(context),
        "writes" => WriteComparison.Run(context),
        "propagation" => PropagationComparison.Run(context, options.WritesPerSecond),
        "scorecard" => ScorecardComparison.Run(context, options.ScorecardFacts),
        "startup" => StartupComparison.Run(context),
        "search" => SearchComparison.Run(context),
        _ => throw new ArgumentException($"no comparison named {name}"),
    };
}
