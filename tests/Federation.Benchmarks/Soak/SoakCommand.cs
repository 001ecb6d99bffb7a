using System.Globalization;
using System.Reflection;
using Federation.Benchmarks.Comparisons;
using Federation.Benchmarks.Hosting;
using Federation.Benchmarks.Seeding;

namespace Federation.Benchmarks.Soak;

/// <summary>
/// The long soak: the mixed load of the CI soak test for as many minutes as asked, on the
/// 100,000-project database, one window a minute after a 30 s warm-up; fails on any error, or when
/// the last minute's p99 latency or peak memory has outgrown the first minute's beyond the bounds.
/// </summary>
internal static class SoakCommand
{
    private const int Readers = 4;
    private const int Writers = 2;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(30);

    public static async Task<int> Run(string[] args)
    {
        var host = typeof(SoakCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "HostAssembly")?.Value ?? "";
        var minutes = 30.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--minutes") minutes = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--host") host = args[i + 1];
            else
            {
                Console.Error.WriteLine($"unknown option {args[i]}");
                return 2;
            }
        }
        var total = WarmUp + TimeSpan.FromMinutes(minutes);
        using var deadline = new CancellationTokenSource(total + TimeSpan.FromMinutes(10));
        var work = Directory.CreateTempSubdirectory("federation-soak-");
        var context = new BenchContext(Path.GetFullPath(host), work.FullName, total, deadline.Token);
        var loadBefore = Machine.LoadAverage();
        var folder = await context.Seeded(ReadComparison.Projects);
        SoakWindows windows;
        string backlog;
        string growth;
        await using (var process = await context.StartHost(folder))
        {
            using var session = await context.SignIn(process);
            BenchContext.Progress($"soaking host pid {process.Pid} for {minutes:N0} min after a {WarmUp.TotalSeconds:N0} s warm-up: {Readers} readers, {Writers} writers");
            var load = new MixedLoad(session.Http, session.OrganisationId, process.Pid);
            await load.Run(total, Readers, Writers, deadline.Token);
            windows = SoakWindows.Cut(load, WarmUp, Math.Max(3, (int)Math.Round(minutes)), total);
            // Events the dispatcher has not delivered yet are latency the request timings cannot show.
            var store = new StoreProbe(Path.Combine(folder, ProductDatabase.FileName));
            var unsent = store.UnsentOutboxRows();
            var drained = await store.WaitForDrainedOutbox(TimeSpan.FromMinutes(5), deadline.Token);
            backlog = $"Outbox: {unsent:N0} events undelivered when the load stopped; " +
                (drained is { } d ? $"all delivered {d.TotalSeconds:N1} s later." : "still not all delivered 5 minutes later.");
            // The writers never pause, so the data every read covers grows for the whole run.
            var entered = load.Samples.Count(s => s.Operation == MixedLoad.EnterProject && s.Failure is null);
            growth = $"Data: {entered:N0} projects entered during the run, on top of {ReadComparison.Projects:N0}; " +
                $"database file {new FileInfo(Path.Combine(folder, ProductDatabase.FileName)).Length / 1048576.0:N0} MiB at the end.";
        }
        Console.WriteLine($"### Soak: {minutes:N0} minutes of mixed reads and writes on {ReadComparison.Projects:N0} projects ({Readers} readers, {Writers} writers, closed loop)");
        Console.WriteLine();
        Console.WriteLine(windows.Render());
        Console.WriteLine(backlog);
        Console.WriteLine(growth);
        Console.WriteLine();
        Console.WriteLine(windows.RenderByOperation());
        var problems = windows.Problems();
        Console.WriteLine(problems.Count == 0 ? "Verdict: held (no errors; latency and memory within bounds)." : "Verdict: FAILED\n- " + string.Join("\n- ", problems));
        Console.WriteLine($"Machine: {Machine.Describe()}; load average {loadBefore} before, {Machine.LoadAverage()} after");
        if (problems.Count == 0) work.Delete(recursive: true);
        else Console.Error.WriteLine($"database and host log kept in {work.FullName}");
        return problems.Count == 0 ? 0 : 1;
    }
}
