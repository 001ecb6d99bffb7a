using Federation.Host.Composition;
using Microsoft.Extensions.Options;

namespace Federation.Host.Persistence;

/// <summary>
/// <c>dotnet Federation.Host.dll copy-store --to "Host=…;Database=…" [--Store:SqlitePath=data/federation.db]</c>:
/// migrates the PostgreSQL database, copies the SQLite database into it and prints each table's
/// count. Exit code 0 when every table's count matches, 1 otherwise, 2 for a usage error.
/// </summary>
internal static class StoreCopyCommand
{
    public static async Task<int> Run(string[] args)
    {
        var at = Array.IndexOf(args, "--to");
        var to = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (string.IsNullOrWhiteSpace(to))
        {
            Console.Error.WriteLine("usage: Federation.Host copy-store --to \"<PostgreSQL connection string>\" [--Store:SqlitePath=<file>]");
            return 2;
        }
        var rest = args.Where((_, i) => i != at && i != at + 1).ToArray();
        // Nothing is served and no event is sent: the copy carries the outboxes as they are, and
        // the first host started on PostgreSQL delivers what was still waiting.
        var (builder, catalog) = FederationHost.CreateBuilder(rest, new Dictionary<string, string?>
        {
            ["Store:Provider"] = nameof(StoreProvider.Postgres),
            ["Store:Postgres"] = to,
            ["Messaging:Transport"] = "InMemory",
        });
        await using var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("copy-store");
        var source = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        try
        {
            await ((PostgresStore)app.Services.GetRequiredService<IStore>()).EnsureDatabase(CancellationToken.None);
            var tables = await new StoreCopy(app.Services, catalog, source, logger).Run(CancellationToken.None);
            foreach (var (table, rows) in tables) Console.WriteLine($"{rows,10}  {table}");
            Console.WriteLine($"Copied {tables.Sum(t => t.Rows)} rows in {tables.Count} tables from {Path.GetFullPath(source.SqlitePath)}; every count matches.");
            return 0;
        }
        catch (Exception failure) when (failure is InvalidOperationException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"copy-store failed: {failure.Message}");
            return 1;
        }
    }
}
