using System.Net;
using System.Text.Json;
using Federation.Host.Persistence;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// A federation moves from SQLite to PostgreSQL with copy-store: a host started on the copy shows
/// the same records, scorecard, audit log and sign-in as the SQLite host did. Needs the PostgreSQL
/// server build/services.sh starts.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class StoreCopyTests
{
    private static readonly string[] Pages =
    [
        "/api/investment/projects?pageSize=200",
        "/api/investment/events?pageSize=200",
        "/api/investment/credit-lines?pageSize=200",
        "/api/enterprises/enterprises?pageSize=200",
        "/api/enterprises/concerns?pageSize=200",
        "/api/talent/talents?pageSize=200",
        "/api/trade/orders?pageSize=200",
        "/api/admin/users",
        "/api/admin/organisations",
        // By work line: signing in to read adds sign-in entries (ADR 0026) on each side.
        "/api/admin/audit?module=Investment&pageSize=200",
        "/api/admin/audit?module=Enterprises&pageSize=200",
        "/api/admin/audit?module=Talent&pageSize=200",
        "/api/admin/audit?module=Trade&pageSize=200",
        "/api/scorecard/2023",
        "/api/scorecard/2024",
    ];

    [Fact]
    public async Task A_copied_database_serves_the_same_records_figures_and_audit_as_the_SQLite_one()
    {
        var target = "fedcopy_" + Guid.NewGuid().ToString("N");
        var before = new Dictionary<string, string>();
        string sqlitePath;
        using (var sqlite = new FederationFactory().With("Store:Provider", "Sqlite").With("Messaging:Transport", "InMemory").With("Bootstrap:DemoData", "true"))
        {
            var admin = await sqlite.Admin();
            await Eventually.Within(TimeSpan.FromSeconds(60), () => Task.FromResult(UnsentEvents(sqlite.DatabasePath)), unsent => unsent == 0);
            foreach (var page in Pages) before[page] = (await Read(admin, page)).GetRawText();
            sqlitePath = Path.Combine(Path.GetTempPath(), "federation-tests", target + ".db");
            Snapshot(sqlite.DatabasePath, sqlitePath);
        }
        try
        {
            var exit = await StoreCopyCommand.Run(["--to", TestStore.DatabaseFor(target), $"--Store:SqlitePath={sqlitePath}", "--Logging:LogLevel:Default=Warning"]);
            exit.Should().Be(0, "the copy should succeed with every table's count matching");

            using var postgres = new FederationFactory()
                .With("Store:Provider", "Postgres").With("Store:Postgres", TestStore.DatabaseFor(target)).With("Messaging:Transport", "InMemory");
            var admin = await postgres.Admin();
            foreach (var page in Pages)
                (await Read(admin, page)).GetRawText().Should().Be(before[page], "{0} should read the same after the copy", page);

            // The copy refuses to write into a database that already has rows, rather than merging two federations.
            (await StoreCopyCommand.Run(["--to", TestStore.DatabaseFor(target), $"--Store:SqlitePath={sqlitePath}", "--Logging:LogLevel:Default=Warning"]))
                .Should().Be(1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(sqlitePath);
            TestStore.Drop(target);
        }
    }

    // The host is still running: its latest commits may be only in the write-ahead log, which a
    // copy of the main file alone would leave behind. VACUUM INTO writes one consistent file.
    private static void Snapshot(string databasePath, string copyPath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $path";
        vacuum.Parameters.AddWithValue("$path", copyPath);
        vacuum.ExecuteNonQuery();
    }

    private static long UnsentEvents(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_outbox' ESCAPE '\\'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader()) while (reader.Read()) names.Add(reader.GetString(0));
        long unsent = 0;
        foreach (var name in names)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{name}\" WHERE SentAtUtc IS NULL";
            unsent += (long)count.ExecuteScalar()!;
        }
        return unsent;
    }

    private static async Task<JsonElement> Read(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
}
