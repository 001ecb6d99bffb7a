using Federation.CrashTests.Workload;
using Microsoft.Data.Sqlite;
using static Federation.CrashTests.Store.StoreConnection;

namespace Federation.CrashTests.Store;

/// <summary>
/// The four work lines' rows on disk: each followed record by its marker, and the columns the
/// scorecard's figures are made of, for the harness to count on its own.
/// </summary>
internal sealed class WorkLineStore
{
    /// <summary>
    /// The tables of counted records the load never writes; with no demo data they stay empty, so
    /// every figure they feed must be zero. Anything in them breaks that premise and is reported.
    /// </summary>
    public static readonly string[] UnwrittenCountedTables =
    [
        "inv_events", "inv_credit_lines", "tal_events", "tal_partner_bases", "ent_campaigns", "ent_policy_sessions",
        "ent_joint_measures", "trd_pilots", "trd_tours", "trd_commendations", "inv_outcomes",
    ];

    public required IReadOnlyList<RecordRow> Records { get; init; }
    public required IReadOnlyList<ProjectRow> Projects { get; init; }
    public required IReadOnlyList<LetterRow> Letters { get; init; }
    public required IReadOnlyList<VisitRow> Visits { get; init; }
    public required IReadOnlyList<ConcernRow> Concerns { get; init; }
    public required IReadOnlyList<OrderRow> Orders { get; init; }
    public required IReadOnlyDictionary<string, long> UnwrittenCounts { get; init; }

    /// <summary>The newest version of each record the scorecard has taken facts from (<c>sc_kpi_records</c>).</summary>
    public required IReadOnlyDictionary<Guid, int> ScorecardVersions { get; init; }

    public static WorkLineStore Read(string databasePath)
    {
        using var connection = Open(databasePath);
        return new WorkLineStore
        {
            Records =
            [
                .. Followed(connection, RecordKind.Project, "inv_projects", "Name", "Stage"),
                .. Followed(connection, RecordKind.Talent, "tal_talents", "NameZh", "'registered'"),
                .. Followed(connection, RecordKind.Letter, "tal_letters_of_intent", "EmployerName", "CASE WHEN Active THEN 'active' ELSE 'withdrawn' END"),
                .. Followed(connection, RecordKind.Enterprise, "ent_enterprises", "Name", "'registered'"),
                .. Followed(connection, RecordKind.Visit, "ent_visits", "Notes", "'recorded'"),
                .. Followed(connection, RecordKind.Concern, "ent_concerns", "Description", "Status"),
                .. Followed(connection, RecordKind.Order, "trd_orders", "EnterpriseName", "Status"),
            ],
            // A project counts from its (first) signed stage, an intent from the day it was entered; the
            // stage rows say whether it broke ground. An amount not disclosed is null and adds nothing.
            Projects = Query(connection,
                "SELECT p.Id, p.Stage, p.AmountFen, " +
                "(SELECT MIN(s.Date) FROM inv_project_stages s WHERE s.ProjectId = p.Id AND s.Stage = 'Signed'), " +
                "EXISTS (SELECT 1 FROM inv_project_stages s WHERE s.ProjectId = p.Id AND s.Stage = 'Groundbreaking'), " +
                "(SELECT s.Date FROM inv_project_stages s WHERE s.ProjectId = p.Id ORDER BY s.Sequence LIMIT 1) FROM inv_projects p",
                r => new ProjectRow(Guid.Parse(r.GetString(0)), r.GetString(1), r.IsDBNull(2) ? 0 : r.GetInt64(2), Day(r, 3), r.GetBoolean(4),
                    Day(r, 5)!.Value)),
            Letters = Query(connection, "SELECT Id, Degree, Active, SignedOn FROM tal_letters_of_intent",
                r => new LetterRow(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetBoolean(2), Day(r, 3)!.Value)),
            Visits = Query(connection, "SELECT Id, EnterpriseId, VisitedOn FROM ent_visits",
                r => new VisitRow(Guid.Parse(r.GetString(0)), Guid.Parse(r.GetString(1)), Day(r, 2)!.Value)),
            Concerns = Query(connection, "SELECT Id, Status, RaisedOn, SettledOn, OverdueSince FROM ent_concerns",
                r => new ConcernRow(Guid.Parse(r.GetString(0)), r.GetString(1), Day(r, 2)!.Value, Day(r, 3), Day(r, 4))),
            Orders = Query(connection, "SELECT Id, Status, ConfirmedOn, AmountFen, PilotId, OrderedOn FROM trd_orders",
                r => new OrderRow(Guid.Parse(r.GetString(0)), r.GetString(1), Day(r, 2), r.GetInt64(3),
                    r.IsDBNull(4) ? null : Guid.Parse(r.GetString(4)), Day(r, 5)!.Value)),
            ScorecardVersions = Query(connection, "SELECT Id, Version FROM sc_kpi_records", r => (Id: Guid.Parse(r.GetString(0)), Version: r.GetInt32(1)))
                .ToDictionary(r => r.Id, r => r.Version),
            UnwrittenCounts = UnwrittenCountedTables.ToDictionary(table => table, table => Number(connection, $"SELECT COUNT(*) FROM {table}")),
        };
    }

    private static List<RecordRow> Followed(SqliteConnection connection, RecordKind kind, string table, string marker, string state) =>
        Query(connection, $"SELECT Id, {marker}, Version, {state} FROM {table}",
            r => new RecordRow(kind, Guid.Parse(r.GetString(0)), r.IsDBNull(1) ? "" : r.GetString(1), r.GetInt32(2), r.GetString(3)));
}
