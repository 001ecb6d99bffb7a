using System.Diagnostics;
using Federation.Benchmarks.Reporting;

namespace Federation.Benchmarks.Load;

/// <summary>
/// One reader asking for the same page again and again for a bounded time (and at least a few
/// times): for answers slow enough that wrk's fixed window would count only a handful, the
/// latency of each is what matters.
/// </summary>
internal static class SequentialReads
{
    private const int AtLeast = 5;

    public static async Task<SequentialResult> Measure(HttpClient http, Uri url, TimeSpan duration, CancellationToken ct)
    {
        using (var warmUp = await http.GetAsync(url, ct)) warmUp.EnsureSuccessStatusCode();
        var times = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration || times.Count < AtLeast)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, ct);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode) errors++;
        }
        return new SequentialResult(times.Count / clock.Elapsed.TotalSeconds, Percentiles.Of(times, 50)!.Value, Percentiles.Of(times, 99)!.Value,
            times.Count, errors);
    }
}

/// <summary>Answers per second of the one reader, the median and 99th percentile (with few answers, the slowest), and failures.</summary>
internal sealed record SequentialResult(double PerSecond, double P50Ms, double P99Ms, int Requests, int Errors);
