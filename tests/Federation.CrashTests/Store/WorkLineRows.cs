using Federation.CrashTests.Workload;

namespace Federation.CrashTests.Store;

/// <summary>
/// A record of one of the work lines' tables as the harness follows it: the marker the client wrote
/// into it, its version and its state label (a stage, a status) as stored.
/// </summary>
internal sealed record RecordRow(RecordKind Kind, Guid Id, string Marker, int Version, string State);

internal sealed record ProjectRow(Guid Id, string Stage, long AmountFen, DateOnly? SignedOn, bool BrokeGround, DateOnly EnteredOn);

internal sealed record LetterRow(Guid Id, string Degree, bool Active, DateOnly SignedOn);

internal sealed record VisitRow(Guid Id, Guid EnterpriseId, DateOnly VisitedOn);

internal sealed record ConcernRow(Guid Id, string Status, DateOnly RaisedOn, DateOnly? SettledOn, DateOnly? OverdueSince);

internal sealed record OrderRow(Guid Id, string Status, DateOnly? ConfirmedOn, long AmountFen, Guid? PilotId, DateOnly OrderedOn);
