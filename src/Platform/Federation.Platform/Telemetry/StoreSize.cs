using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Telemetry;

/// <summary>The database engine and how many bytes the database takes: the SQLite file and its write-ahead log, or PostgreSQL's own count.</summary>
internal sealed class StoreSize(ILifetimeScope scope)
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";

    public async Task<(string Engine, long? Bytes)> Measure(CancellationToken cancellationToken)
    {
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            return (Postgres, await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken));
        var file = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(file) || !File.Exists(file)) return (Sqlite, null);
        return (Sqlite, new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length));
    }
}
