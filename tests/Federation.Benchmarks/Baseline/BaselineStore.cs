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

    private readonly SemaphoreSlim writeGate = new(1, 1);

    public async Task<SqliteConnection> Open(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>Runs the statements <paramref name="fill"/> puts in one command, in one transaction, as the only writer.</summary>
    public async Task Write(Action<SqliteCommand> fill, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await writeGate.WaitAsync(ct);
        try
        {
            await using var transaction = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            fill(command);
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
