namespace Federation.CrashTests.Workload;

/// <summary>The kinds of record the mixed load writes, one table each.</summary>
internal enum RecordKind
{
    Project,
    Talent,
    Letter,
    Enterprise,
    Visit,
    Concern,
    Order,
}

/// <summary>
/// What a record is after a write: its version and a state label (a stage, a status) spelt as the
/// API spells it. The label is compared with the store without regard to case.
/// </summary>
internal sealed record RecordState(int Version, string State);

/// <summary>
/// One record a client created and then drove alone, known by a marker it wrote into the record
/// (a unique name), so a record whose creation was cut off can still be recognised on disk.
/// Only its owning client changes it, and the harness reads it only after the clients have stopped.
/// </summary>
internal sealed class TrackedRecord(RecordKind kind, string marker, bool versionFollowed)
{
    public RecordKind Kind { get; } = kind;

    public string Marker { get; } = marker;

    /// <summary>
    /// False for records other writes change as a side effect (a letter signed moves its talent on):
    /// their version on disk is not the client's to predict, only their existence is.
    /// </summary>
    public bool VersionFollowed { get; } = versionFollowed;

    public Guid? Id { get; private set; }

    /// <summary>The state the last acknowledged write left; null while no write to it was acknowledged.</summary>
    public RecordState? Acknowledged { get; private set; }

    /// <summary>The state a write sent without an answer would leave: it may or may not be on disk.</summary>
    public RecordState? Unknown { get; private set; }

    public int NextVersion => (Acknowledged?.Version ?? 0) + 1;

    public void Sending(string state) => Unknown = new RecordState(NextVersion, state);

    public void Answered(Guid? id, int? version)
    {
        Id ??= id;
        Acknowledged = Unknown! with { Version = version ?? Unknown!.Version };
        Unknown = null;
    }

    /// <summary>A refusal wrote nothing, so nothing about the record is in doubt.</summary>
    public void Refused() => Unknown = null;
}
