using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// The baseline's SQLite file with the host's settings: WAL (already set in the file), pooled
/// connections, synchronous=NORMAL, and one writer at a time, because concurrent SQLite writers
/// otherwise meet SQLITE_BUSY and sleep in the driver's retry loop.
/// </summary>
internal sealed class BaselineStore(string path)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public async Task<SqliteConnection> Open(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
