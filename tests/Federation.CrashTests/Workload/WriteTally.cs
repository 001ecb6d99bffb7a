using System.Collections.Concurrent;

namespace Federation.CrashTests.Workload;

/// <summary>
/// What the host told its clients. A success status means the write was committed; a request
/// cut off by the kill may or may not have been, so it is counted as sent and nothing more.
/// </summary>
internal sealed class WriteTally
{
    private readonly ConcurrentQueue<Guid> created = new();
    private readonly ConcurrentQueue<StageReached> stagesReached = new();
    private readonly ConcurrentQueue<string> refused = new();
    private int sent;

    public IReadOnlyCollection<Guid> Created => created;

    public IReadOnlyCollection<StageReached> StagesReached => stagesReached;

    /// <summary>Answers other than the success each request expects: none should occur while the host is up.</summary>
    public IReadOnlyCollection<string> Refused => refused;

    public int Sent => Volatile.Read(ref sent);

    public int Acknowledged => created.Count + stagesReached.Count;

    public void Sending() => Interlocked.Increment(ref sent);

    public void ProjectCreated(Guid projectId) => created.Enqueue(projectId);

    public void StageAdvanced(Guid projectId, string stage) => stagesReached.Enqueue(new StageReached(projectId, stage));

    public void Refusal(string description) => refused.Enqueue(description);
}

/// <summary>A stage the host confirmed a project reached; <see cref="Stage"/> is spelt as the API spells it.</summary>
internal sealed record StageReached(Guid ProjectId, string Stage);
