using Microsoft.Data.Sqlite;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Every table's row count, and for versioned tables the sum of their versions, read straight
/// from the host's SQLite file. Any committed write changes it at once: an insert or a delete
/// changes a count, an update of a record bumps its version, and every write of every module also
/// adds its audit event to the module's outbox in the same transaction.
/// </summary>
internal static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> Of(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        // Left out: the hourly jobs' claims (plt_scheduled_rounds), which the host writes on the hour, not for a client;
        // and the sign-in log and lockout counts, which a refused sign-in writes on purpose (ADR 0031).
        var tables = await Column(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            + "AND name NOT IN ('plt_scheduled_rounds', 'plt_sign_ins', 'plt_sign_in_locks') ORDER BY name");
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var columns = await Column(connection, $"SELECT name FROM pragma_table_info('{table}')");
            var versions = columns.Contains("Version") ? ", total(\"Version\")" : "";
            // A refused sign-in is written to the audit log on purpose (who tried which name), so it is not a write the client made.
            var where = table == "plt_audit_entries" ? " WHERE \"EntityType\" <> 'SignIn'" : "";
            state[table] = string.Join(" ", await Row(connection, $"SELECT count(*){versions} FROM \"{table}\"{where}"));
        }
        return state;
    }

    /// <summary>The tables whose count or versions differ, as "table: before → after".</summary>
    public static IEnumerable<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t) ?? "absent"} → {after.GetValueOrDefault(t) ?? "absent"}");

    private static async Task<List<string>> Column(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<List<string>> Row(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToList();
    }
}
