using Microsoft.Data.Sqlite;

namespace Federation.CrashTests.Store;

/// <summary>
/// The tables the crash test reasons about, read straight from the SQLite file rather than
/// through the API, so what is checked is what is on disk.
/// </summary>
internal sealed class StoreSnapshot
{
    public const string AuditConsumer = "Federation.Host.Audit.AuditLogWriter";

    private static readonly string[] OutboxTables = ["inv_outbox", "plt_outbox"];

    public required IReadOnlyList<Guid> Projects { get; init; }
    public required IReadOnlyList<StageRow> Stages { get; init; }
    public required IReadOnlyList<AuditRow> Audit { get; init; }
    public required IReadOnlyList<OutboxRow> Outbox { get; init; }
    public required IReadOnlyList<InboxRow> Inbox { get; init; }

    /// <summary>
    /// Audit events already written to the audit log whose outbox row was not yet marked sent:
    /// the host will deliver them again, and only the inbox keeps that from duplicating the audit.
    /// </summary>
    public int AwaitingRedelivery
    {
        get
        {
            var recorded = Audit.Select(a => a.EventId).ToHashSet();
            return Outbox.Count(o => o.IsAuditRecorded && !o.Sent && recorded.Contains(o.EventId));
        }
    }

    public static StoreSnapshot Read(string databasePath)
    {
        using var connection = Open(databasePath);
        return new StoreSnapshot
        {
            Projects = Query(connection, "SELECT Id FROM inv_projects", r => Guid.Parse(r.GetString(0))),
            Stages = Query(connection, "SELECT ProjectId, Sequence, Stage FROM inv_project_stages",
                r => new StageRow(Guid.Parse(r.GetString(0)), r.GetInt32(1), r.GetString(2))),
            Audit = Query(connection, "SELECT EventId, EntityType, EntityId, Action FROM plt_audit_entries",
                r => new AuditRow(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3))),
            Outbox = OutboxTables.SelectMany(table => Query(connection,
                $"SELECT Id, EventId, Type, SentAtUtc IS NOT NULL, Attempts, LastError FROM {table}",
                r => new OutboxRow(table, r.GetInt64(0), Guid.Parse(r.GetString(1)), r.GetString(2), r.GetBoolean(3),
                    r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)))).ToList(),
            Inbox = Query(connection, "SELECT EventId, Consumer FROM plt_inbox",
                r => new InboxRow(Guid.Parse(r.GetString(0)), r.GetString(1))),
        };
    }

    /// <summary>Outbox rows not yet sent, read while the host runs (WAL lets a reader in beside the writer).</summary>
    public static long UnsentOutboxRows(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = string.Join(" + ",
            OutboxTables.Select(table => $"(SELECT COUNT(*) FROM {table} WHERE SentAtUtc IS NULL)")).Insert(0, "SELECT ");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Whether, right now, the dispatcher has delivered an audit event it has not yet marked sent:
    /// the window a kill must hit for the inbox to matter. Read while the host runs.
    /// </summary>
    public static bool HasDeliveredButUnmarkedAuditEvents(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (" + string.Join(" UNION ALL ", OutboxTables.Select(table =>
            $"SELECT 1 FROM {table} o WHERE o.SentAtUtc IS NULL AND o.Type LIKE '%.AuditRecorded' " +
            "AND o.EventId IN (SELECT EventId FROM plt_audit_entries)")) + ")";
        return (long)command.ExecuteScalar()! == 1;
    }

    private static SqliteConnection Open(string databasePath)
    {
        // ReadWrite, not ReadWriteCreate: a wrong path must fail, not read an empty new database.
        // No pooling, so no handle outlives the check and the temp folder can be deleted.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
