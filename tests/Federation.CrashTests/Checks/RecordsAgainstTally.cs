using Federation.CrashTests.Store;
using Federation.CrashTests.Workload;

namespace Federation.CrashTests.Checks;

/// <summary>
/// Every work line's rows on disk against the harness's tally: an acknowledged write must be there
/// exactly as acknowledged, a write left in doubt may or may not be, and nothing that was never
/// sent may be there at all.
/// </summary>
internal sealed class RecordsAgainstTally
{
    private readonly List<string> problems = [];

    public IReadOnlyList<string> Problems => problems;

    /// <summary>Writes left in doubt by a kill that turned out committed.</summary>
    public int DoubtfulFound { get; private set; }

    /// <summary>Writes left in doubt by a kill that turned out never committed.</summary>
    public int DoubtfulMissing { get; private set; }

    public static RecordsAgainstTally Compare(RecordTally tally, WorkLineStore store)
    {
        var comparison = new RecordsAgainstTally();
        var onDisk = store.Records.ToLookup(r => (r.Kind, r.Marker));
        foreach (var twice in onDisk.Where(g => g.Count() > 1))
            comparison.problems.Add($"{twice.Key.Kind} {twice.Key.Marker} is on disk {twice.Count()} times: one request created it more than once");

        var tracked = tally.Records.ToDictionary(r => (r.Kind, r.Marker));
        foreach (var stray in store.Records.Where(r => !tracked.ContainsKey((r.Kind, r.Marker))))
            comparison.problems.Add($"{stray.Kind} {stray.Marker} ({stray.Id}) is on disk but no client ever sent it");

        foreach (var record in tally.Records)
            comparison.Check(record, onDisk[(record.Kind, record.Marker)].FirstOrDefault());
        return comparison;
    }

    private void Check(TrackedRecord record, RecordRow? row)
    {
        var name = $"{record.Kind} {record.Marker}";
        if (row is not null && record.Id is { } id && row.Id != id)
            problems.Add($"{name} is on disk as {row.Id}, but the host answered {id}");

        if (record.Acknowledged is null)
        {
            if (record.Unknown is null)
            {
                if (row is not null) problems.Add($"{name} was refused, yet it is on disk");
                return;
            }
            if (row is null) DoubtfulMissing++;
            else if (Matches(row, record.Unknown, record.VersionFollowed)) DoubtfulFound++;
            else problems.Add($"{name}, whose creation was cut off, is on disk as {Describe(row)} rather than {record.Unknown}");
            return;
        }

        if (row is null)
        {
            problems.Add($"{name} was acknowledged ({record.Acknowledged}) but is not on disk: an acknowledged write was lost");
            return;
        }
        if (Matches(row, record.Acknowledged, record.VersionFollowed))
        {
            if (record.Unknown is not null) DoubtfulMissing++;
            return;
        }
        if (record.Unknown is not null && Matches(row, record.Unknown, record.VersionFollowed))
        {
            DoubtfulFound++;
            return;
        }
        problems.Add($"{name} is on disk as {Describe(row)}; acknowledged {record.Acknowledged}" +
            (record.Unknown is null ? "" : $", or {record.Unknown} if the write cut off was committed"));
    }

    private static bool Matches(RecordRow row, RecordState state, bool versionFollowed) =>
        !versionFollowed || (row.Version == state.Version && string.Equals(row.State, state.State, StringComparison.OrdinalIgnoreCase));

    private static string Describe(RecordRow row) => $"version {row.Version}, {row.State}";
}
