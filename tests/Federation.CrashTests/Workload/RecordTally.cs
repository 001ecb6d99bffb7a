using System.Collections.Concurrent;

namespace Federation.CrashTests.Workload;

/// <summary>
/// The harness's own account of the mixed load, kept across every cycle of a run: each record a
/// client created with the state the host acknowledged and the write still in doubt, and counts of
/// what was sent, acknowledged (a 2xx received) and left without an answer by a kill.
/// </summary>
internal sealed class RecordTally
{
    private readonly ConcurrentQueue<TrackedRecord> records = new();
    private readonly ConcurrentQueue<string> refused = new();
    private int sent;
    private int acknowledged;
    private int serial;

    public IReadOnlyCollection<TrackedRecord> Records => records;

    /// <summary>Answers other than the success each request expects: none should occur while the host is up.</summary>
    public IReadOnlyCollection<string> Refused => refused;

    public int Sent => Volatile.Read(ref sent);

    public int Acknowledged => Volatile.Read(ref acknowledged);

    /// <summary>Writes sent that never got an answer; read once the clients have stopped.</summary>
    public int Unknown => records.Count(r => r.Unknown is not null);

    /// <summary>A number no other record of the run has, for markers and credit codes.</summary>
    public int NextSerial() => Interlocked.Increment(ref serial);

    public TrackedRecord Track(RecordKind kind, string marker, bool versionFollowed = true)
    {
        var record = new TrackedRecord(kind, marker, versionFollowed);
        records.Enqueue(record);
        return record;
    }

    public void Sending() => Interlocked.Increment(ref sent);

    public void Answered() => Interlocked.Increment(ref acknowledged);

    public void Refusal(string description) => refused.Enqueue(description);
}
