using System.Collections.Concurrent;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Federation.Host.Persistence;

/// <summary>
/// The store as a PostgreSQL database shared by several host processes: each module in a schema
/// named after its table prefix, with its own migrations history there. PostgreSQL takes
/// concurrent writers itself, so there is no write gate.
/// </summary>
internal sealed class PostgresStore : IStore
{
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private readonly string connectionString;
    private readonly ConcurrentDictionary<Type, string> claimSql = new();

    public PostgresStore(StoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Postgres))
            throw new InvalidOperationException("Store:Provider is Postgres but Store:Postgres (the connection string) is empty.");
        connectionString = options.Postgres;
    }

    public StoreProvider Provider => StoreProvider.Postgres;

    public IWriteGate WriteGate { get; } = new OpenGate();

    public IReadSnapshots ReadSnapshots { get; } = new PostgresReadSnapshots();

    public bool SharedByHosts => true;

    public void Configure(DbContextOptionsBuilder options, string tablePrefix) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable($"{tablePrefix}_migrations", tablePrefix))
            .ReplaceService<IMigrationsAssembly, ProviderMigrations>()
            .ReplaceService<IModelCustomizer, SchemaPerModule>();

    public Task<List<OutboxMessage>> ClaimOutbox(ModuleDbContext db, DateTime now, int take, CancellationToken cancellationToken) =>
        db.OutboxMessages.FromSqlRaw(claimSql.GetOrAdd(db.GetType(), _ => ClaimSql(db.Model, take)), now)
            .ToListAsync(cancellationToken);

    // Built from the model, so the names are EF's own; SKIP LOCKED is what lets several dispatchers
    // share one outbox: each takes rows no other open transaction holds.
    private static string ClaimSql(IModel model, int take)
    {
        var outbox = model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(outbox.GetTableName()!, outbox.GetSchema());
        string Column(string property) => Quote(outbox.FindProperty(property)!.GetColumnName(table)!);
        var (sent, next, id) = (Column(nameof(OutboxMessage.SentAtUtc)), Column(nameof(OutboxMessage.NextAttemptAtUtc)), Column(nameof(OutboxMessage.Id)));
        return $"SELECT * FROM {Quote(table.Schema!)}.{Quote(table.Name)} WHERE {sent} IS NULL AND ({next} IS NULL OR {next} <= {{0}}) " +
               $"ORDER BY {id} LIMIT {take} FOR UPDATE SKIP LOCKED";
    }

    /// <summary>A PostgreSQL identifier in double quotes, for SQL built from EF's own table and column names.</summary>
    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// A session advisory lock on its own connection: EF's own migration lock did not stop two hosts
    /// starting together from both adding the same column. Closing the connection releases it,
    /// also when the host dies.
    /// </summary>
    public async Task<IAsyncDisposable> HoldMigrationLock(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('federation:migrations'))", connection);
        await take.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Runs pg_dump (custom format, one consistent snapshot of every schema) into <paramref name="path"/>;
    /// restore with pg_restore as docs/backup-and-restore.md shows.
    /// </summary>
    public async Task BackupTo(string path, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new System.Diagnostics.ProcessStartInfo("pg_dump")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--format=custom", "--no-owner", $"--file={path}", $"--host={connection.Host}",
                     $"--port={connection.Port}", $"--username={connection.Username}", connection.Database! })
            start.ArgumentList.Add(argument);
        // The password goes by the environment, never on a command line other users can read.
        if (connection.Password is { } password) start.Environment["PGPASSWORD"] = password;
        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupFailedException("pg_dump was not found on this machine; install PostgreSQL's client programs (Debian: postgresql-client).");
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0) throw new BackupFailedException($"pg_dump failed ({process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>Creates the database when it does not exist yet, so a first start needs only a login that may create one.</summary>
    public async Task EnsureDatabase(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database!);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(target.Database!)}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another host of the same deployment created it first (at the same instant it surfaces as a unique violation).
        }
    }

    /// <summary>Puts each module's tables in a schema named after its prefix (inv.inv_projects).</summary>
    private sealed class SchemaPerModule(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            if (context is ModuleDbContext module) modelBuilder.HasDefaultSchema(module.TablePrefix);
        }
    }

    private sealed class OpenGate : IWriteGate
    {
        public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable>(Nothing.Instance);

        private sealed class Nothing : IDisposable
        {
            public static readonly Nothing Instance = new();

            public void Dispose() { }
        }
    }
}
