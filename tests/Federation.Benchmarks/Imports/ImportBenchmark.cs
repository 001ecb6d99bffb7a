using Federation.Benchmarks.Hosting;
using System.Diagnostics;
using System.Security.Cryptography;

namespace Federation.Benchmarks.Imports;

/// <summary>
/// Imports generated project ledgers into a real host and measures each pass: a dry run, an
/// import of every row on its own (eachRow), and the same file again, which finds every project
/// unchanged. Each ledger size gets a freshly started host on an empty database, so one size's
/// projects and garbage do not weigh on the next.
/// </summary>
internal static class ImportBenchmark
{
    private const string Ledger = "investment-projects";
    private const int WarmUpRows = 100;

    private static readonly (string Name, string Mode)[] Phases =
        [("dry run", "dryRun"), ("import (eachRow)", "eachRow"), ("re-import, all unchanged", "eachRow")];

    public static async Task<int> Run(string[] args)
    {
        BenchmarkOptions options;
        try { options = BenchmarkOptions.Parse(args); }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        if (!options.HostDll.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            Console.Error.WriteLine($"warning: {options.HostDll} does not look like a Release build");

        using var deadline = new CancellationTokenSource(options.Deadline);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            deadline.Cancel();
        };
        var work = Directory.CreateTempSubdirectory("federation-import-bench-");
        var results = new List<PhaseResult>();
        var failed = false;
        try
        {
            foreach (var size in options.Sizes) await Measure(options.HostDll, size, work.FullName, results, deadline.Token);
        }
        catch (Exception e)
        {
            failed = true;
            Console.Error.WriteLine($"benchmark failed: {e}");
        }
        Console.WriteLine();
        Console.WriteLine(ResultTable.Render(results));
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Host: {options.HostDll}");
        if (failed || results.Any(r => !r.Finished)) Console.Error.WriteLine($"host logs and databases kept in {work.FullName}");
        else work.Delete(recursive: true);
        return failed || results.Any(r => !r.Finished) ? 1 : 0;
    }

    private static async Task Measure(string hostDll, int size, string work, List<PhaseResult> results, CancellationToken deadline)
    {
        var ledger = Path.Combine(work, $"project-ledger-{size}.xlsx");
        var warmUp = Path.Combine(work, $"warm-up-{size}.xlsx");
        Progress($"{size:N0} rows: writing {Path.GetFileName(ledger)}");
        LedgerWorkbook.Write(ledger, size, "基准");
        LedgerWorkbook.Write(warmUp, WarmUpRows, "预热");
        var fileBytes = new FileInfo(ledger).Length;

        var folder = Directory.CreateDirectory(Path.Combine(work, $"host-{size}")).FullName;
        var password = $"Bench{RandomNumberGenerator.GetHexString(16)}7";
        await using var host = await HostProcess.Start(hostDll, folder, password, deadline);
        Progress($"{size:N0} rows: host pid {host.Pid} on {host.BaseAddress}, log {host.LogPath}");
        using var client = await ImportClient.SignIn(host.BaseAddress, password, deadline);

        // The first import of a process JIT-compiles the whole import path; a small dry run takes that
        // cost so the measured passes show the steady state a long-running host has.
        await client.WaitForEnd(await client.Upload(Ledger, warmUp, "dryRun", deadline), deadline);

        var imported = false;
        foreach (var (name, mode) in Phases)
        {
            PhaseResult result;
            if (deadline.IsCancellationRequested)
                result = NotRun(size, name, fileBytes, "not run: the deadline had passed");
            else if (name.StartsWith("re-import", StringComparison.Ordinal) && !imported)
                result = NotRun(size, name, fileBytes, "not run: the import before it did not finish");
            else
                result = await Phase(client, host.Pid, ledger, size, name, mode, fileBytes, deadline);
            if (mode == "eachRow" && result.Finished) imported = true;
            results.Add(result);
            Progress($"{size:N0} rows: {name}: {result.Job?.State ?? "not run"} in {result.Wall.TotalSeconds:N1} s, peak RSS {result.PeakRssKib / 1024} MiB");
        }
    }

    private static async Task<PhaseResult> Phase(
        ImportClient client, int pid, string ledger, int size, string name, string mode, long fileBytes, CancellationToken deadline)
    {
        var before = MemorySampler.RssKib(pid);
        var sampler = MemorySampler.Start(pid, out var highWaterReset);
        var watch = Stopwatch.StartNew();
        JobState? job = null;
        string? note = null;
        try
        {
            var id = await client.Upload(Ledger, ledger, mode, deadline);
            job = await client.WaitForEnd(id, deadline);
            if (job.IsActive) note = $"deadline reached after {watch.Elapsed.TotalSeconds:N0} s with the job still {job.State}; rows/s is over the rows read by then";
            else if (job.State != "finished") note = $"job ended {job.State}: {job.Problem}";
        }
        catch (OperationCanceledException)
        {
            note = "deadline reached during the upload";
        }
        watch.Stop();
        await sampler.DisposeAsync();
        return new PhaseResult(size, name, fileBytes, job, watch.Elapsed, before, sampler.PeakRssKib,
            MemorySampler.HighWaterKib(pid), highWaterReset, sampler.Samples, note);
    }

    private static PhaseResult NotRun(int size, string name, long fileBytes, string why) =>
        new(size, name, fileBytes, null, TimeSpan.Zero, null, 0, null, true, 0, why);

    private static void Progress(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
