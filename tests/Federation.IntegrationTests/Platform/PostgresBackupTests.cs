using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Npgsql;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// On PostgreSQL the backup endpoint runs pg_dump; pg_restore of that file gives a database a
/// host starts on with the same records, scorecard and audit log. Needs build/services.sh start.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresBackupTests
{
    private static readonly string[] Pages =
    [
        "/api/investment/projects?pageSize=200",
        "/api/enterprises/enterprises?pageSize=200",
        "/api/talent/talents?pageSize=200",
        // By work line: signing in to read adds sign-in entries (ADR 0026), which no backup holds.
        "/api/admin/audit?module=Investment&pageSize=200",
        "/api/admin/audit?module=Enterprises&pageSize=200",
        "/api/admin/audit?module=Talent&pageSize=200",
        "/api/scorecard/2037",
    ];

    [Fact]
    public async Task A_pg_dump_backup_restores_into_a_database_with_the_same_records_and_figures()
    {
        var (live, restored) = ("fedbackup_" + Guid.NewGuid().ToString("N"), "fedrestore_" + Guid.NewGuid().ToString("N"));
        try
        {
            var before = new Dictionary<string, string>();
            string dump;
            using (var host = OnPostgres(live))
            {
                var admin = await host.Admin();
                var project = InvestmentRequests.Project();
                project["stageDate"] = "2037-03-01";
                await EnterpriseRequests.Created(admin, "/api/investment/projects", project);
                await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
                await EnterpriseRequests.Created(admin, "/api/talent/talents", TalentRequests.Talent());
                await Eventually.Within(TimeSpan.FromSeconds(20), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2037"),
                    f => f["investment.projects-signed"] == 1);
                // Every write's audit event in: the first run's, and the three records'.
                string[] audited = ["User", "Project", "Enterprise", "Talent"];
                await Eventually.Within(TimeSpan.FromSeconds(10), () => Read(admin, "/api/admin/audit?pageSize=200"),
                    a => audited.All(type => a.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("entityType").GetString() == type)));
                foreach (var page in Pages) before[page] = (await Read(admin, page)).GetRawText();

                var backup = await (await admin.PostAsync("/api/admin/backups", null)).ShouldBe(HttpStatusCode.Created);
                var file = backup.GetProperty("file").GetString()!;
                file.Should().MatchRegex(@"^federation-\d{8}-\d{6}\.dump$");
                dump = Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "backups", file);
                (await Read(admin, "/api/admin/backups")).EnumerateArray().Select(b => b.GetProperty("file").GetString()).Should().Contain(file);
                await Restore(dump, restored);
            }

            using var again = OnPostgres(restored);
            var restoredAdmin = await again.Admin();
            foreach (var page in Pages)
                (await Read(restoredAdmin, page)).GetRawText().Should().Be(before[page], "{0} was written before the backup", page);
        }
        finally
        {
            TestStore.Drop(live);
            TestStore.Drop(restored);
        }
    }

    private static FederationFactory OnPostgres(string database) => new FederationFactory()
        .With("Store:Provider", "Postgres").With("Store:Postgres", TestStore.DatabaseFor(database)).With("Messaging:Transport", "InMemory");

    private static async Task Restore(string dump, string database)
    {
        var server = new NpgsqlConnectionStringBuilder(TestStore.PostgresServer);
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestStore.PostgresServer) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var start = new ProcessStartInfo("pg_restore") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--no-owner", $"--host={server.Host}", $"--port={server.Port}", $"--username={server.Username}", $"--dbname={database}", dump })
            start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = server.Password;
        using var restore = Process.Start(start)!;
        var errors = await restore.StandardError.ReadToEndAsync();
        await restore.WaitForExitAsync();
        restore.ExitCode.Should().Be(0, "pg_restore said: {0}", errors);
    }

    private static async Task<JsonElement> Read(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
}
