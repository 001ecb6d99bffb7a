using Federation.Host.Composition;
using Npgsql;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// In the PostgreSQL pass, a database every module's migrations have been applied to, made once per
/// test run; each test host's database is cloned from it (CREATE DATABASE … TEMPLATE), a file copy,
/// instead of running some forty migrations again for each of the run's hundreds of hosts. The
/// clone's host still starts as on any database: its migrations find nothing left to apply, and its
/// first run makes the admin (and the demo, where a test asks for it).
/// </summary>
internal static class PostgresTemplate
{
    private static readonly Lazy<string> Made = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates the database <paramref name="name"/> as a copy of the migrated template.</summary>
    public static void CloneInto(string name)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestStore.PostgresServer) { Pooling = false }.ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{Made.Value}\"", connection);
        create.ExecuteNonQuery();
    }

    private static string Make()
    {
        var name = "fedtemplate_" + Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Path.GetTempPath(), "federation-tests", name);
        // The host's own composition and migrations, nothing served and nothing started.
        var (builder, catalog) = FederationHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:Postgres"] = TestStore.DatabaseFor(name),
            ["Store:SqlitePath"] = Path.Combine(folder, "federation.db"),
            ["Messaging:Transport"] = "InMemory",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using (var app = builder.Build())
            Task.Run(() => app.MigrateModules(catalog)).GetAwaiter().GetResult();
        // A template must have no session open on it while it is copied.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestStore.Drop(name);
        return name;
    }
}
