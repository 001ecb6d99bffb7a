using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Federation.Benchmarks.Load;

/// <summary>
/// Runs Debian's wrk against one loopback URL for a bounded time and reads its summary: requests/s,
/// the 50th and 99th percentile latencies (--latency), and anything that was not a 2xx answer.
/// </summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> Run(WrkRun run, CancellationToken ct)
    {
        var start = new ProcessStartInfo("wrk") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "-t", run.Threads.ToString(CultureInfo.InvariantCulture), "-c", run.Connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{(int)run.Duration.TotalSeconds}s", "--timeout", "30s", "--latency",
                 })
            start.ArgumentList.Add(argument);
        foreach (var header in run.Headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add(header);
        }
        if (run.Script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(run.Script);
        }
        start.ArgumentList.Add(run.Url.AbsoluteUri);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install Debian's wrk package");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        // wrk stops itself after -d; the margin covers its last requests' timeout.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bound.CancelAfter(run.Duration + TimeSpan.FromSeconds(45));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"wrk (pid {process.Id}) ran past {run.Duration} against {run.Url}");
        }
        var text = await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed with {process.ExitCode}: {await errors}{text}");
        return Parse(text);
    }

    internal static WrkResult Parse(string text)
    {
        var requests = long.Parse(RequestsLine().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccessLine().Match(text) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrorsLine().Match(text) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(
            double.Parse(RatePerSecondLine().Match(text).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(text, "50"), Percentile(text, "99"), requests, non2xx, socketErrors);
    }

    private static double Percentile(string text, string percent)
    {
        var match = Regex.Match(text, $@"^\s+{percent}(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!match.Success) throw new FormatException($"no {percent}% line in wrk's output:\n{text}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
    }

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePerSecondLine();
}

/// <summary>One wrk run: the URL, how many connections on how many threads, for how long, with which headers and Lua script.</summary>
internal sealed record WrkRun(Uri Url, TimeSpan Duration, int Threads, int Connections, IReadOnlyList<string> Headers, string? Script = null);

/// <summary>wrk's summary; <see cref="Errors"/> counts every answer that was not 2xx/3xx and every socket error.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors)
{
    public long Errors => Non2xx + SocketErrors;
}
