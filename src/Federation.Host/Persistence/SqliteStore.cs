using System.Data.Common;
using System.Runtime.CompilerServices;
using Federation.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Persistence;

/// <summary>
/// The store as one SQLite file: the connection, its pragmas, and the single-writer gate. One
/// host process only; several hosts need <see cref="PostgresStore"/>.
/// </summary>
internal sealed class SqliteStore : IStore, IDisposable
{
    /// <summary>
    /// <c>federation.db.lock</c>, held open unshared while this store is in use: the operating system
    /// lets go of it when the process ends, crashed or not, and a second host on the file, or a
    /// restore over it, is refused with the reason.
    /// </summary>
    private readonly FileStream hostLock;
    private readonly string connectionString;
    private readonly SqlitePragmas pragmas;

    public SqliteStore(StoreOptions options)
    {
        var path = Path.GetFullPath(options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            hostLock = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StartRefusedException($"Another Federation host, or the migrate or restore command, is using {path} (it holds {path}.lock). Stop it first.");
        }
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        pragmas = new SqlitePragmas(options.SqliteSynchronous);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
        FilePath = path;
    }

    public StoreProvider Provider => StoreProvider.Sqlite;

    public void Dispose() => hostLock.Dispose();

    public string FilePath { get; }

    public IWriteGate WriteGate { get; } = new SingleWriterGate();

    public IReadSnapshots ReadSnapshots { get; } = new SqliteReadSnapshots();

    // One process and one writer: no other dispatcher can take the same rows.
    public bool SharedByHosts => false;

    public Task<List<OutboxMessage>> ClaimOutbox(ModuleDbContext db, DateTime now, int take, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.SentAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.Id).Take(take).ToListAsync(cancellationToken);

    // One host per file: there is no other host to wait for.
    public Task<IAsyncDisposable> HoldMigrationLock(CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(new NoLock());

    private sealed class NoLock : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>
    /// Copies the live database into <paramref name="path"/> with SQLite's online backup API.
    /// </summary>
    /// <remarks>
    /// The write gate is deliberately not taken. <c>BackupDatabase</c> copies every page in one
    /// <c>sqlite3_backup_step(-1)</c>, i.e. inside one read transaction; in WAL mode that reads a
    /// single committed snapshot and neither waits for nor blocks the writer, so the copy is
    /// consistent while the host keeps writing. Taking the gate would only stall every write for
    /// the length of the copy.
    /// </remarks>
    public Task BackupTo(string path, CancellationToken cancellationToken) => Task.Run(() => BackupTo(path), cancellationToken);

    private void BackupTo(string destinationPath)
    {
        using var source = new SqliteConnection(connectionString);
        source.Open();
        // Unpooled, so the copy's file handle is closed when this returns and the file can be moved.
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = destinationPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        destination.Open();
        source.BackupDatabase(destination);
    }

    public void Configure(DbContextOptionsBuilder options, string tablePrefix) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable($"{tablePrefix}_migrations"))
            .ReplaceService<IMigrationsAssembly, ProviderMigrations>()
            .AddInterceptors(pragmas);

    private sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
    {
        private readonly string sql = $"PRAGMA synchronous={(synchronous == "FULL" ? "FULL" : "NORMAL")}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        // A pooled connection keeps its settings: configure each native connection once, not on every open.
        private readonly ConditionalWeakTable<object, object?> configured = new();

        private void Apply(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle } && !configured.TryAdd(handle, null)) return;
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>SQLite has one writer; queueing here is cheaper than its busy-retry sleeps.</summary>
    private sealed class SingleWriterGate : IWriteGate
    {
        private readonly SemaphoreSlim gate = new(1, 1);

        public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return new Release(gate);
        }

        private sealed class Release(SemaphoreSlim gate) : IDisposable
        {
            private int released;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
            }
        }
    }
}
