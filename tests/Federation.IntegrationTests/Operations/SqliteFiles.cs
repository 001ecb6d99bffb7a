using Microsoft.Data.Sqlite;

namespace Federation.IntegrationTests.Operations;

/// <summary>Reads and changes SQLite files behind the host's back, as an operator's tools would.</summary>
internal static class SqliteFiles
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Every table's row count, by table name.</summary>
    public static Dictionary<string, long> Counts(string path)
    {
        using var connection = Open(path);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        return tables.ToDictionary(t => t, t =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{t}\"";
            return (long)count.ExecuteScalar()!;
        });
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The migration a build newer than this one would have applied to the platform's tables.</summary>
    public static void AddFutureMigration(string path) => Execute(path,
        "INSERT INTO plt_migrations (MigrationId, ProductVersion) VALUES ('29991231000000_FromANewerVersion', '99.0.0')");
}
