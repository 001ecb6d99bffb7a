using System.Collections.Concurrent;
using System.Diagnostics;

namespace Federation.Platform.Imports;

/// <summary>
/// How far each running import has got, and how fast, kept in memory: an all-or-nothing import
/// holds the one SQLite write lock for its whole run, so its progress cannot be written to the database.
/// </summary>
internal sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, JobProgress> running = new();

    public void Begin(Guid job, int total) => running[job] = new JobProgress(0, total, Stopwatch.GetTimestamp());

    public void Advance(Guid job, int done) =>
        running.AddOrUpdate(job, new JobProgress(done, done, Stopwatch.GetTimestamp()), (_, p) => p with { Done = done, Total = Math.Max(p.Total, done) });

    public void End(Guid job) => running.TryRemove(job, out _);

    public (int Done, int Total, double RowsPerSecond)? Of(Guid job) =>
        running.TryGetValue(job, out var p) ? (p.Done, p.Total, p.RowsPerSecond) : null;

    /// <summary>Every import running on this host, for the metrics and the 运行状态 page.</summary>
    public IReadOnlyList<(int Done, int Total)> Running() => running.Values.Select(p => (p.Done, p.Total)).ToList();

    private sealed record JobProgress(int Done, int Total, long StartedAt)
    {
        public double RowsPerSecond => Stopwatch.GetElapsedTime(StartedAt).TotalSeconds is var seconds and > 0 ? Math.Round(Done / seconds, 1) : 0;
    }
}
