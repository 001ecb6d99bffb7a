using System.Collections.Concurrent;

namespace Federation.Platform.Imports;

/// <summary>
/// How far each running import has got, kept in memory: an all-or-nothing import holds the one
/// SQLite write lock for its whole run, so its progress cannot be written to the database.
/// </summary>
internal sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> running = new();

    public void Begin(Guid job, int total) => running[job] = (0, total);

    public void Advance(Guid job, int done) => running.AddOrUpdate(job, (done, done), (_, p) => (done, Math.Max(p.Total, done)));

    public void End(Guid job) => running.TryRemove(job, out _);

    public (int Done, int Total)? Of(Guid job) => running.TryGetValue(job, out var p) ? p : null;

    /// <summary>Every import running on this host, for the metrics and the 运行状态 page.</summary>
    public IReadOnlyList<(int Done, int Total)> Running() => running.Values.ToList();
}
