using Microsoft.Data.Sqlite;

namespace Federation.CrashTests.Store;

/// <summary>Reads the host's SQLite file directly, beside the running host or after it died.</summary>
internal static class StoreConnection
{
    public static SqliteConnection Open(string databasePath)
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

    public static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public static long Number(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Every module's outbox or inbox table (<c>inv_outbox</c>, <c>sc_inbox</c> …), found in the
    /// schema so a module added later is drained and checked without a change here.
    /// </summary>
    public static List<string> TablesEndingIn(SqliteConnection connection, string suffix) =>
        Query(connection, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_{suffix}' ESCAPE '\\' ORDER BY name",
            r => r.GetString(0));

    public static DateOnly? Day(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.Parse(reader.GetString(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
