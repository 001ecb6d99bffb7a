using static Federation.CrashTests.Store.StoreConnection;

namespace Federation.CrashTests.Store;

/// <summary>
/// The tables the crash tests reason about, read straight from the SQLite file rather than
/// through the API, so what is checked is what is on disk.
/// </summary>
internal sealed class StoreSnapshot
{
    public const string AuditConsumer = "Federation.Host.Audit.AuditLogWriter";
    public const string ScorecardConsumer = "Federation.Scorecard.Facts.KpiFactsWriter";

    public required IReadOnlyList<Guid> Projects { get; init; }
    public required IReadOnlyList<StageRow> Stages { get; init; }
    public required IReadOnlyList<AuditRow> Audit { get; init; }
    public required IReadOnlyList<OutboxRow> Outbox { get; init; }
    public required IReadOnlyList<InboxRow> Inbox { get; init; }

    /// <summary>
    /// Audit events already written to the audit log whose outbox row was not yet marked sent:
    /// the host will deliver them again, and only the inbox keeps that from duplicating the audit.
    /// </summary>
    public int AwaitingRedelivery => AwaitingRedeliveryTo(AuditConsumer);

    /// <summary>Events <paramref name="consumer"/> has already processed whose outbox row is not yet marked sent.</summary>
    public int AwaitingRedeliveryTo(string consumer)
    {
        var processed = Inbox.Where(i => i.Consumer == consumer).Select(i => i.EventId).ToHashSet();
        return Outbox.Count(o => !o.Sent && processed.Contains(o.EventId));
    }

    public static StoreSnapshot Read(string databasePath)
    {
        using var connection = Open(databasePath);
        return new StoreSnapshot
        {
            Projects = Query(connection, "SELECT Id FROM inv_projects", r => Guid.Parse(r.GetString(0))),
            Stages = Query(connection, "SELECT ProjectId, Sequence, Stage FROM inv_project_stages",
                r => new StageRow(Guid.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2))),
            // Sign-ins are written by the sign-in itself, not through an outbox (ADR 0026): they are no record's change.
            Audit = Query(connection, "SELECT EventId, EntityType, EntityId, Action FROM plt_audit_entries WHERE EntityType <> 'SignIn'",
                r => new AuditRow(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3))),
            Outbox = TablesEndingIn(connection, "outbox").SelectMany(table => Query(connection,
                $"SELECT Id, EventId, Type, SentAtUtc IS NOT NULL, Attempts, LastError FROM {table}",
                r => new OutboxRow(table, r.GetInt64(0), Guid.Parse(r.GetString(1)), r.GetString(2), r.GetBoolean(3),
                    r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)))).ToList(),
            Inbox = TablesEndingIn(connection, "inbox").SelectMany(table => Query(connection, $"SELECT EventId, Consumer FROM {table}",
                r => new InboxRow(Guid.Parse(r.GetString(0)), r.GetString(1)))).ToList(),
        };
    }

    /// <summary>Outbox rows not yet sent, read while the host runs (WAL lets a reader in beside the writer).</summary>
    public static long UnsentOutboxRows(string databasePath)
    {
        using var connection = Open(databasePath);
        return Number(connection, "SELECT " + string.Join(" + ",
            TablesEndingIn(connection, "outbox").Select(table => $"(SELECT COUNT(*) FROM {table} WHERE SentAtUtc IS NULL)")));
    }

    /// <summary>
    /// Whether, right now, the dispatcher has delivered an event to <paramref name="consumer"/> (its
    /// inbox holds it) without yet marking its outbox row sent: the window a kill must hit for the
    /// inbox to matter. Read while the host runs.
    /// </summary>
    public static bool HasDeliveredButUnmarkedEvents(string databasePath, string consumer)
    {
        using var connection = Open(databasePath);
        var processed = string.Join(" UNION ALL ", TablesEndingIn(connection, "inbox")
            .Select(table => $"SELECT EventId FROM {table} WHERE Consumer = $consumer"));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (" + string.Join(" UNION ALL ", TablesEndingIn(connection, "outbox").Select(table =>
            $"SELECT 1 FROM {table} o WHERE o.SentAtUtc IS NULL AND o.EventId IN ({processed})")) + ")";
        command.Parameters.AddWithValue("$consumer", consumer);
        return (long)command.ExecuteScalar()! == 1;
    }
}
