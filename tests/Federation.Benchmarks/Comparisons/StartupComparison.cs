using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Comparisons;

/// <summary>
/// 5. Start-up and footprint: from process start to the first 200 on /health (median of three starts)
/// on an empty and on the large database, and the resident set idle (5 s after start) and after the
/// read load of comparison 1 against the large database.
/// </summary>
internal static class StartupComparison
{
    private const int Starts = 3;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    public static async Task<ComparisonTable> Run(BenchContext context)
    {
        var table = new ComparisonTable($"5. Start-up and footprint (median of {Starts} starts; memory on the {ScorecardComparison.Projects:N0}-project database)");
        var large = await context.Seeded(ScorecardComparison.Projects);
        var largeMib = new FileInfo(Path.Combine(large, Seeding.ProductDatabase.FileName)).Length / 1024.0 / 1024.0;

        var emptyProduct = await Median(i => context.StartHost(context.Folder($"startup-empty-{i}")));
        var emptyBaseline = await Median(async i => await context.StartBaseline(await context.EmptyCopy($"startup-empty-baseline-{i}")));
        var largeProduct = await Median(_ => context.StartHost(large));
        var largeBaseline = await Median(_ => context.StartBaseline(large));
        var (productIdle, productLoaded) = await Footprint(await context.StartHost(large), context, signIn: true);
        var (baselineIdle, baselineLoaded) = await Footprint(await context.StartBaseline(large), context, signIn: false);

        table.Row("start to first 200, empty database, ms", emptyProduct, emptyBaseline, "N0")
            .Row($"start to first 200, large database ({largeMib:N0} MiB), ms", largeProduct, largeBaseline, "N0")
            .Row("resident memory idle, MiB", productIdle, baselineIdle, "N0")
            .Row($"resident memory after {context.LoadFor.TotalSeconds:N0} s of ledger reads, MiB", productLoaded, baselineLoaded, "N0");
        table.Note("The product's empty start creates the database: every module's migrations, the city federation and the first admin (a password hash). The baseline's \"empty\" start opens the already migrated empty file; it has nothing to migrate.");
        table.Note("Both processes run the server GC, which sizes its heaps per core and returns memory lazily; resident memory is /proc/<pid>/status VmRSS.");
        return table;
    }

    private static async Task<double> Median(Func<int, Task<HostProcess>> start)
    {
        var times = new List<double>();
        for (var i = 0; i < Starts; i++)
        {
            await using var process = await start(i);
            times.Add(process.StartedIn.TotalMilliseconds);
        }
        return Percentiles.Of(times, 50)!.Value;
    }

    private static async Task<(double Idle, double Loaded)> Footprint(HostProcess process, BenchContext context, bool signIn)
    {
        await using (process)
        {
            await Task.Delay(Idle, context.Deadline);
            var idle = Mib(process);
            var headers = new List<string>();
            var url = new Uri(process.BaseAddress, ReadComparison.BaselinePath);
            if (signIn)
            {
                using var session = await context.SignIn(process);
                headers.Add(session.CookieHeader);
                url = new Uri(process.BaseAddress, ReadComparison.ProductPath);
            }
            await ReadComparison.Measure(url, headers, context);
            return (idle, Mib(process));
        }
    }

    private static double Mib(HostProcess process) => (MemorySampler.RssKib(process.Pid) ?? 0) / 1024.0;
}
