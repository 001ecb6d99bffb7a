using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Hosting;

/// <summary>
/// Reads a running host's SQLite file from the side, read-only (WAL lets it read while the host
/// writes): how much of every module's outbox is still unsent, and plain counts.
/// </summary>
internal sealed class StoreProbe(string databasePath)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    public long Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public long UnsentOutboxRows()
    {
        using var connection = Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_outbox' ESCAPE '\\'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));
        using var unsent = connection.CreateCommand();
        unsent.CommandText = "SELECT " + string.Join(" + ", names.Select(n => $"(SELECT COUNT(*) FROM \"{n}\" WHERE SentAtUtc IS NULL)"));
        return Convert.ToInt64(unsent.ExecuteScalar());
    }

    /// <summary>Waits until every outbox row is sent; answers how long that took, or null past <paramref name="within"/>.</summary>
    public async Task<TimeSpan?> WaitForDrainedOutbox(TimeSpan within, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            if (UnsentOutboxRows() == 0) return waited.Elapsed;
            await Task.Delay(50, ct);
        }
        return null;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
