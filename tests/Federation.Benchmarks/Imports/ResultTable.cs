using System.Globalization;
using System.Text;

namespace Federation.Benchmarks.Imports;

/// <summary>The results as a Markdown table, in MiB and seconds, with notes under it for anything unusual.</summary>
internal static class ResultTable
{
    public static string Render(IReadOnlyList<PhaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| file rows | phase | file MiB | state | rows | added / unchanged / refused | wall s | job s | rows/s | RSS before MiB | peak RSS MiB | added over before MiB | VmHWM MiB |");
        text.AppendLine("|---:|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results) text.AppendLine(Row(r));
        foreach (var r in results.Where(r => r.Note is not null)) text.AppendLine($"- {r.FileRows:N0} {r.Phase}: {r.Note}");
        if (results.Any(r => !r.HighWaterReset))
            text.AppendLine("- VmHWM could not be reset before some runs; there it is the host's peak since it started.");
        return text.ToString();
    }

    private static string Row(PhaseResult r)
    {
        var job = r.Job;
        var rows = job is null ? 0 : job.State == "finished" ? job.Rows : job.RowsRead;
        var rate = r.Wall.TotalSeconds > 0 ? rows / r.Wall.TotalSeconds : 0;
        return string.Join(" | ",
            $"| {r.FileRows:N0}",
            r.Phase,
            Mib(r.FileBytes),
            job?.State ?? "not started",
            job is null ? "—" : job.State == "finished" ? $"{job.Rows:N0}" : $"{job.RowsRead:N0} read",
            job is null ? "—" : $"{job.Added:N0} / {job.Unchanged:N0} / {job.Refused:N0}",
            Seconds(r.Wall),
            job?.ServerTime is { } server ? Seconds(server) : "—",
            rate.ToString("N0", CultureInfo.InvariantCulture),
            r.RssBeforeKib is { } before ? Mib(before * 1024) : "—",
            Mib(r.PeakRssKib * 1024),
            r.RssBeforeKib is { } b ? Mib((r.PeakRssKib - b) * 1024) : "—",
            r.HighWaterKib is { } hwm ? Mib(hwm * 1024) : "—") + " |";
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture);
}
