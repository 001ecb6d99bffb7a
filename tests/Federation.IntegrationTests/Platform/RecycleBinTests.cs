using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Federation.IntegrationTests.Infrastructure;
using Federation.IntegrationTests.Search;
using Federation.Platform.RecycleBin;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// A deleted record goes to the recycle bin: gone from lists, search and the scorecard, restorable
/// by an admin for 30 days with its figures and child rows, then purged for good by the platform's job.
/// </summary>
public sealed class RecycleBinTests : IClassFixture<FederationFactory>
{
    private const string Bin = "/api/admin/recycle-bin";
    private readonly FederationFactory factory;

    public RecycleBinTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_deleted_project_leaves_lists_search_and_the_scorecard_and_an_admin_brings_it_back_whole()
    {
        var admin = await factory.Admin();
        const string year = "/api/scorecard/2021";
        var before = await Signed(admin, year);
        var tag = EnterpriseRequests.Unique();
        var (id, link) = await SignedProject(admin, $"侨商回收站测试项目{tag}", 345_678_900m);
        await (await admin.PostAsJsonAsync($"/api/investment/projects/{id}/follow-ups",
            new { date = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), note = "已与投资方确认用地。" })).ShouldBe(HttpStatusCode.OK);
        await SignedBecomes(admin, year, before + 345_678_900m);
        await SearchHits.Finding(admin, $"回收站测试 {tag}", link);

        await (await admin.DeleteAsync($"/api/investment/projects/{id}?version=2")).ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/investment/projects/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Ledger(admin)).Should().NotContain(id);
        await SignedBecomes(admin, year, before);
        await SearchHits.Eventually(admin, $"回收站测试 {tag}", hits => hits.All(h => h.Link != link));
        var recycled = await InBin(admin, id);
        recycled.GetProperty("module").GetString().Should().Be("Investment");
        recycled.GetProperty("moduleTitle").GetString().Should().Be("招商引资");
        recycled.GetProperty("kind").GetString().Should().Be("招商项目");
        recycled.GetProperty("title").GetString().Should().Be($"侨商回收站测试项目{tag}");
        recycled.GetProperty("deletedBy").GetString().Should().NotBeNullOrEmpty();
        recycled.GetProperty("daysLeft").GetInt32().Should().Be(30);

        await (await admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).ShouldBe(HttpStatusCode.NoContent);

        var restored = await (await admin.GetAsync($"/api/investment/projects/{id}")).ShouldBe(HttpStatusCode.OK);
        restored.Version().Should().Be(4, "the deletion and the restore are each a change of the record");
        restored.GetProperty("stage").GetString().Should().Be("signed");
        restored.GetProperty("followUps").GetArrayLength().Should().Be(1, "the child rows stayed with the deleted record");
        (await Ledger(admin)).Should().Contain(id);
        await SignedBecomes(admin, year, before + 345_678_900m);
        await SearchHits.Finding(admin, $"回收站测试 {tag}", link);
        (await Listed(admin)).Should().NotContain(r => r.GetProperty("recordId").GetString() == id.ToString());
        (await admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).StatusCode.Should().Be(HttpStatusCode.NotFound, "it is out of the bin");

        // Deleted again, it is in the bin again: the bin follows the latest version.
        await (await admin.DeleteAsync($"/api/investment/projects/{id}?version=4")).ShouldBe(HttpStatusCode.NoContent);
        (await InBin(admin, id)).Id().Should().Be(recycled.Id());
    }

    [Fact]
    public async Task Only_an_admin_reads_the_bin_and_restores_and_staff_deleting_is_named_in_it()
    {
        var federation = await TestFederation.Create(factory);
        var staff = await federation.User(federation.BranchA, "investment-staff");
        var created = await EnterpriseRequests.Created(staff, "/api/investment/credit-lines", InvestmentRequests.CreditLine(federation.BranchA));
        await (await staff.DeleteAsync($"/api/investment/credit-lines/{created.Id()}?version=1")).ShouldBe(HttpStatusCode.NoContent);

        (await staff.GetAsync(Bin)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var recycled = await InBin(federation.Admin, created.Id());
        recycled.GetProperty("kind").GetString().Should().Be("银行授信");
        recycled.GetProperty("deletedBy").GetString().Should().Be("测试用户");
        (await staff.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await staff.GetAsync($"/api/investment/credit-lines/{created.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await (await federation.Admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await staff.GetAsync($"/api/investment/credit-lines/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_enterprise_in_the_bin_frees_its_credit_code_and_is_not_restored_over_the_one_entered_since()
    {
        var admin = await factory.Admin();
        var code = EnterpriseRequests.NewCreditCode();
        var first = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(creditCode: code));
        await (await admin.DeleteAsync($"/api/enterprises/enterprises/{first.Id()}?version=1")).ShouldBe(HttpStatusCode.NoContent);
        var recycled = await InBin(admin, first.Id());

        await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(creditCode: code));

        var refused = await (await admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(refused).Should().Equal("id");
        (await Listed(admin)).Should().Contain(r => r.Id() == recycled.Id(), "a refused restore leaves it in the bin");
    }

    [Fact]
    public async Task The_platform_purges_a_deleted_record_after_thirty_days_and_not_before()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2029, 4, 1, 10, 0, 0));
        using var moved = new FederationFactory().WithClock(clock);
        var admin = await moved.Admin();
        var (id, _) = await SignedProject(admin, $"到期清除项目{EnterpriseRequests.Unique()}", 1_000_000m);
        await (await admin.DeleteAsync($"/api/investment/projects/{id}?version=1")).ShouldBe(HttpStatusCode.NoContent);
        var recycled = await InBin(admin, id);
        var purge = moved.Services.GetRequiredService<RecycleBinPurge>();

        clock.Set(new DateTime(2029, 4, 30, 9, 0, 0));
        admin = await moved.Admin(); // the session of a month ago has expired
        (await purge.Run(CancellationToken.None)).Should().Be(0);
        (await InBin(admin, id)).GetProperty("daysLeft").GetInt32().Should().Be(2);

        clock.Set(new DateTime(2029, 5, 1, 11, 0, 0));
        admin = await moved.Admin();
        (await purge.Run(CancellationToken.None)).Should().Be(1);
        (await Listed(admin)).Should().NotContain(r => r.Id() == recycled.Id());
        (await admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        if (!TestStore.OnPostgres) (await ProjectRows(moved, id)).Should().Be(0, "a purged record leaves no row behind");
        (await purge.Run(CancellationToken.None)).Should().Be(0);
    }

    [Trait("Category", "Sqlite")] // Resets outbox and bin rows in the SQLite file, as a crash would leave them.
    [Fact]
    public async Task A_deletion_delivered_again_after_a_restore_does_not_put_the_record_back_in_the_bin()
    {
        var admin = await factory.Admin();
        var (id, _) = await SignedProject(admin, $"重投项目{EnterpriseRequests.Unique()}", 2_000_000m);
        await (await admin.DeleteAsync($"/api/investment/projects/{id}?version=1")).ShouldBe(HttpStatusCode.NoContent);
        var recycled = await InBin(admin, id);
        await (await admin.PostAsync($"{Bin}/{recycled.Id()}/restore", null)).ShouldBe(HttpStatusCode.NoContent);
        await Eventually.Within(TimeSpan.FromSeconds(15), () => Scalar($"SELECT Version FROM plt_recycled_records WHERE Id = '{recycled.Id().ToString().ToUpperInvariant()}'"), v => v == 3);

        // A crash between delivery and "sent": the deletion's event goes out again, after the restore's.
        (await Execute($"UPDATE inv_outbox SET SentAtUtc = NULL WHERE Type LIKE '%RecordRecycled' AND Payload LIKE '%{id}%'")).Should().Be(1);
        await Eventually.Within(TimeSpan.FromSeconds(15), () => Scalar("SELECT COUNT(*) FROM inv_outbox WHERE SentAtUtc IS NULL"), n => n == 0);
        (await Listed(admin)).Should().NotContain(r => r.Id() == recycled.Id());

        // A crash after the module restored but before the platform marked its row: the restore's event marks it.
        await Execute($"UPDATE plt_recycled_records SET RestoredAtUtc = NULL, Version = 2 WHERE Id = '{recycled.Id().ToString().ToUpperInvariant()}'");
        await Execute("DELETE FROM plt_inbox WHERE Consumer LIKE '%RecycleBinWriter%'");
        (await Listed(admin)).Should().Contain(r => r.Id() == recycled.Id());
        (await Execute($"UPDATE inv_outbox SET SentAtUtc = NULL WHERE Type LIKE '%RecordRestored' AND Payload LIKE '%{id}%'")).Should().Be(1);
        await Eventually.Within(TimeSpan.FromSeconds(15), () => Listed(admin), rows => rows.All(r => r.Id() != recycled.Id()));
        await (await admin.GetAsync($"/api/investment/projects/{id}")).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<(Guid Id, string Link)> SignedProject(HttpClient admin, string name, decimal amountYuan)
    {
        var body = InvestmentRequests.Project();
        body["name"] = name;
        body["amountYuan"] = amountYuan;
        body["stageDate"] = "2021-03-01";
        var created = await EnterpriseRequests.Created(admin, "/api/investment/projects", body);
        return (created.Id(), SearchHits.Link("/investment/projects", created));
    }

    private static async Task<decimal> Signed(HttpClient client, string url) =>
        (await ScorecardRequests.Kpis(client, url))["investment.signed-amount"];

    private static Task SignedBecomes(HttpClient client, string url, decimal expected) =>
        Eventually.Within(TimeSpan.FromSeconds(15), () => Signed(client, url), v => v == expected);

    private static async Task<List<Guid>> Ledger(HttpClient client) =>
        (await (await client.GetAsync("/api/investment/projects?year=2021&pageSize=200")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(p => p.Id()).ToList();

    private static async Task<List<JsonElement>> Listed(HttpClient client) =>
        (await (await client.GetAsync($"{Bin}?pageSize=200")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();

    private static async Task<JsonElement> InBin(HttpClient client, Guid recordId) =>
        (await Eventually.Within(TimeSpan.FromSeconds(15), () => Listed(client),
            rows => rows.Any(r => r.GetProperty("recordId").GetString() == recordId.ToString())))
        .Single(r => r.GetProperty("recordId").GetString() == recordId.ToString());

    private static async Task<long> ProjectRows(FederationFactory host, Guid id)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.DatabasePath}");
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM inv_projects WHERE Id = '{id.ToString().ToUpperInvariant()}'";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task<int> Execute(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
