namespace Federation.Benchmarks.Hosting;

/// <summary>
/// Reads a process's resident set from /proc/&lt;pid&gt;/status every 100 ms while a run lasts. The
/// kernel's own high-water mark (VmHWM) catches spikes between samples; it is reset before each
/// run through clear_refs, so it belongs to that run rather than to the host's whole life.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly int pid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    private MemorySampler(int pid)
    {
        this.pid = pid;
        sampling = Task.Run(Sample);
    }

    public long PeakRssKib { get; private set; }

    public int Samples { get; private set; }

    /// <summary>Resets the process's VmHWM and starts sampling; answers whether the reset took.</summary>
    public static MemorySampler Start(int pid, out bool highWaterReset)
    {
        highWaterReset = ResetHighWater(pid);
        return new MemorySampler(pid);
    }

    public static long? RssKib(int pid) => Field(pid, "VmRSS");

    public static long? HighWaterKib(int pid) => Field(pid, "VmHWM");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task Sample()
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (RssKib(pid) is not { } rss) return;
            PeakRssKib = Math.Max(PeakRssKib, rss);
            Samples++;
        }
        while (await Tick(timer));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try { return await timer.WaitForNextTickAsync(stop.Token); }
        catch (OperationCanceledException) { return false; }
    }

    // "5" resets the peak resident set size (Linux 4.0+); only the process's owner may write it.
    private static bool ResetHighWater(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(name + ":", StringComparison.Ordinal))
                    return long.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process is gone.
        }
        return null;
    }
}
