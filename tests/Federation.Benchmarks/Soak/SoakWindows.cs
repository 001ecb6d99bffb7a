using System.Globalization;
using System.Text;
using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Soak;

/// <summary>
/// A soak's samples cut into equal windows of time after the warm-up, and the verdict: no errors at
/// all; the last window's p99 latency within a factor (plus a few ms of slack, for tiny latencies)
/// of the first window's; the last window's peak resident memory within a factor of the first's.
/// Bounds are generous because the machine is shared: they catch leaks and slow-downs that build up,
/// not noise.
/// </summary>
internal sealed class SoakWindows
{
    public const double LatencyFactor = 3.0;
    public const double LatencySlackMs = 100;
    public const double MemoryFactor = 1.5;

    private readonly IReadOnlyList<SoakSample> samples;

    private SoakWindows(IReadOnlyList<SoakWindow> windows, IReadOnlyList<SoakSample> failures, IReadOnlyList<SoakSample> samples)
    {
        Windows = windows;
        Failures = failures;
        this.samples = samples;
    }

    public IReadOnlyList<SoakWindow> Windows { get; }

    public IReadOnlyList<SoakSample> Failures { get; }

    public static SoakWindows Cut(MixedLoad load, TimeSpan warmUp, int count, TimeSpan total)
    {
        var length = (total - warmUp).TotalSeconds / count;
        var windows = Enumerable.Range(0, count).Select(i =>
        {
            var from = warmUp.TotalSeconds + i * length;
            var to = from + length;
            var requests = load.Samples.Where(s => s.AtSeconds >= from && s.AtSeconds < to).ToList();
            var rss = load.Memory.Where(m => m.AtSeconds >= from && m.AtSeconds < to).Select(m => m.RssKib).DefaultIfEmpty().Max();
            var ms = requests.Select(s => s.Ms).ToList();
            return new SoakWindow(from, to, requests.Count, requests.Count(s => s.Failure is not null),
                Percentiles.Of(ms, 50) ?? 0, Percentiles.Of(ms, 99) ?? 0, rss / 1024.0);
        }).ToList();
        var samples = load.Samples.ToList();
        return new SoakWindows(windows, samples.Where(s => s.Failure is not null).ToList(), samples);
    }

    /// <summary>Why the soak failed, one line a reason; empty when it held.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Failures.Count > 0)
            problems.Add($"{Failures.Count} failed requests, first: {string.Join("; ", Failures.Take(3).Select(f => $"{f.Operation} at {f.AtSeconds:N1} s: {f.Failure}"))}");
        var (first, last) = (Windows[0], Windows[^1]);
        if (first.Requests == 0 || last.Requests == 0) problems.Add("a window answered no requests at all");
        if (last.P99Ms > first.P99Ms * LatencyFactor + LatencySlackMs)
            problems.Add($"p99 latency grew from {first.P99Ms:N1} ms to {last.P99Ms:N1} ms (bound: ×{LatencyFactor} + {LatencySlackMs} ms)");
        if (last.PeakRssMib > first.PeakRssMib * MemoryFactor)
            problems.Add($"resident memory grew from {first.PeakRssMib:N0} MiB to {last.PeakRssMib:N0} MiB (bound: ×{MemoryFactor})");
        return problems;
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("| window s | requests | req/s | errors | p50 ms | p99 ms | peak RSS MiB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var w in Windows)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {w.FromSeconds:N0}–{w.ToSeconds:N0} | {w.Requests:N0} | {w.Requests / (w.ToSeconds - w.FromSeconds):N0} | {w.Errors} | {w.P50Ms:N1} | {w.P99Ms:N1} | {w.PeakRssMib:N0} |"));
        return text.ToString();
    }

    /// <summary>
    /// The first and the last window by kind of request, so a drift in the totals can be traced
    /// to what slowed down (a read over a growing table, say) rather than guessed at.
    /// </summary>
    public string RenderByOperation()
    {
        var (first, last) = (Windows[0], Windows[^1]);
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| request | requests, {first.FromSeconds:N0}–{first.ToSeconds:N0} s | p50 / p99 ms | requests, {last.FromSeconds:N0}–{last.ToSeconds:N0} s | p50 / p99 ms |"));
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var operation in samples.Select(s => s.Operation).Distinct().Order(StringComparer.Ordinal))
        {
            var (a, b) = (In(first, operation), In(last, operation));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {operation} | {a.Count:N0} | {Percentiles.Of(a, 50) ?? 0:N1} / {Percentiles.Of(a, 99) ?? 0:N1} | {b.Count:N0} | {Percentiles.Of(b, 50) ?? 0:N1} / {Percentiles.Of(b, 99) ?? 0:N1} |"));
        }
        return text.ToString();
    }

    private List<double> In(SoakWindow window, string operation) => samples
        .Where(s => s.Operation == operation && s.AtSeconds >= window.FromSeconds && s.AtSeconds < window.ToSeconds)
        .Select(s => s.Ms).ToList();
}

internal sealed record SoakWindow(double FromSeconds, double ToSeconds, int Requests, int Errors, double P50Ms, double P99Ms, double PeakRssMib);
