namespace Federation.CrashTests.Store;

internal sealed record StageRow(Guid ProjectId, int Sequence, string Stage);

internal sealed record AuditRow(Guid EventId, string EntityType, string EntityId, string Action)
{
    /// <summary>The audit keeps Guid.ToString() (lower case); EF stores Guid columns upper case.</summary>
    public Guid? EntityGuid => Guid.TryParse(EntityId, out var id) ? id : null;
}

internal sealed record OutboxRow(string Table, long Id, Guid EventId, string Type, bool Sent, int Attempts, string? LastError)
{
    public bool IsAuditRecorded => Type.EndsWith(".AuditRecorded", StringComparison.Ordinal);
}

internal sealed record InboxRow(Guid EventId, string Consumer);
