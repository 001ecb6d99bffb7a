using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// An online backup taken while the host keeps writing is a database another host starts on,
/// showing every record, scorecard figure and audit entry committed before the backup.
/// </summary>
[Trait("Category", "Sqlite")] // The SQLite online backup; PostgresBackupTests takes pg_dump's.
public sealed class BackupTests
{
    private const string ScorecardYear = "/api/scorecard/2037";

    private static readonly string[] Lists =
    [
        "/api/investment/projects?pageSize=200",
        "/api/investment/credit-lines?pageSize=200",
        "/api/enterprises/enterprises?pageSize=200",
        "/api/talent/talents?pageSize=200",
    ];

    [Fact]
    public async Task A_backup_taken_during_writes_restores_the_lists_the_scorecard_and_the_audit_log()
    {
        using var live = new FederationFactory();
        var admin = await live.Admin();
        var project = InvestmentRequests.Project();
        project["stageDate"] = "2037-03-01";
        var projectId = (await EnterpriseRequests.Created(admin, "/api/investment/projects", project)).Id();
        await EnterpriseRequests.Created(admin, "/api/investment/credit-lines", InvestmentRequests.CreditLine());
        await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        await EnterpriseRequests.Created(admin, "/api/talent/talents", TalentRequests.Talent());

        var figures = await Eventually.Within(TimeSpan.FromSeconds(20), () => ScorecardRequests.Kpis(admin, ScorecardYear),
            f => f["investment.projects-signed"] == 1);
        figures["investment.signed-amount"].Should().Be(800_000_000m);
        var audit = await Eventually.Within(TimeSpan.FromSeconds(10), () => AuditOf(admin, projectId),
            a => a.GetProperty("total").GetInt32() >= 1);
        var before = new Dictionary<string, string>();
        foreach (var list in Lists) before[list] = (await Read(admin, list)).GetRawText();

        using var stopWriting = new CancellationTokenSource();
        var writer = KeepWriting(await live.Admin(), stopWriting.Token);
        // A fixed pause was not always enough on a loaded runner: wait for the writer's first event.
        var eventsBefore = await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => (await Read(admin, "/api/investment/events?pageSize=200")).GetProperty("items").EnumerateArray().Select(e => e.Id()).ToList(),
            events => events.Count > 0);

        var backup = await (await admin.PostAsync("/api/admin/backups", null)).ShouldBe(HttpStatusCode.Created);

        var writtenAlongside = await writer.StopAfter(stopWriting);
        writtenAlongside.Should().BePositive("the backup was meant to run while the host kept writing");
        var file = backup.GetProperty("file").GetString()!;
        file.Should().MatchRegex(@"^federation-\d{8}-\d{6}\.db$");
        var backupPath = Path.Combine(Path.GetDirectoryName(live.DatabasePath)!, "backups", file);
        backup.GetProperty("bytes").GetInt64().Should().Be(new FileInfo(backupPath).Length).And.BePositive();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(backupPath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "a backup is every organisation's data");
            File.GetUnixFileMode(Path.GetDirectoryName(backupPath)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var listed = await Read(admin, "/api/admin/backups");
        listed.EnumerateArray().Select(b => b.GetProperty("file").GetString()).Should().Contain(file);

        var restoreFolder = Path.Combine(Path.GetTempPath(), "federation-tests", "restore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(restoreFolder);
        var restoredPath = Path.Combine(restoreFolder, "federation.db");
        File.Copy(backupPath, restoredPath);
        try
        {
            using var restored = new FederationFactory().With("Store:SqlitePath", restoredPath);
            var restoredAdmin = await restored.Admin();

            foreach (var list in Lists)
                (await Read(restoredAdmin, list)).GetRawText().Should().Be(before[list], "{0} was written before the backup", list);
            (await Read(restoredAdmin, "/api/investment/events?pageSize=200")).GetProperty("items").EnumerateArray()
                .Select(e => e.Id()).Should().Contain(eventsBefore, "events committed before the backup started are in it");
            (await ScorecardRequests.Kpis(restoredAdmin, ScorecardYear)).Should().BeEquivalentTo(figures);
            var restoredAudit = await AuditOf(restoredAdmin, projectId);
            restoredAudit.GetProperty("items").GetRawText().Should().Be(audit.GetProperty("items").GetRawText());
            File.Exists(restored.DatabasePath).Should().BeFalse("the restored host must run on the backup copy, not a fresh file");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(restoreFolder, recursive: true); }
            catch (IOException) { /* a file still open on a slow runner; the temp folder is disposable */ }
        }
    }

    private static async Task<JsonElement> Read(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

    private static async Task<JsonElement> AuditOf(HttpClient client, Guid id) =>
        await Read(client, $"/api/admin/audit?entityType=Project&entityId={id}");

    private static Writer KeepWriting(HttpClient client, CancellationToken stop) => new(Task.Run(async () =>
    {
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            var response = await client.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event(), CancellationToken.None);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            written++;
        }
        return written;
    }));

    /// <summary>Events posted in a loop beside the backup; stopping answers how many were written.</summary>
    private sealed class Writer(Task<int> loop)
    {
        public async Task<int> StopAfter(CancellationTokenSource stop)
        {
            stop.Cancel();
            return await loop;
        }
    }
}
