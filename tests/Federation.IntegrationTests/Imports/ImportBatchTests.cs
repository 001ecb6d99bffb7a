using System.Data.Common;
using System.Net;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Federation.IntegrationTests.Imports;

/// <summary>
/// Rows are read ahead and written in groups (ADR 0039); with groups of two rows, a refused row,
/// a repeated key and an unchanged re-import each cross a group's edge, and every mode still
/// answers as one row at a time would.
/// </summary>
public sealed class ImportBatchTests
{
    private static readonly string[] Headers = ["项目名称", "投资方", "行业", "金额（元）", "落地镇街", "阶段", "阶段日期"];

    [Theory]
    [InlineData("dryRun", 4, false, 0)]
    [InlineData("eachRow", 4, true, 4)]
    [InlineData("allOrNothing", 4, false, 0)]
    public async Task A_refused_row_in_the_middle_of_a_group_is_reported_and_the_mode_decides_what_the_others_write(
        string mode, int added, bool written, int stored)
    {
        using var factory = SmallGroups();
        var admin = await factory.Admin();
        var ledger = Ledgers.Workbook(Headers,
            ["分批甲项目", "甲集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-05"],
            ["分批乙项目", "乙集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-06"],
            ["分批丙项目", "丙集团", "文旅", 10_000_000m, "石岐", "签个约", "2024-01-07"],
            ["分批丁项目", "丁集团", "文旅", 10_000_000m, "石岐", "动工", "2024-02-01"],
            ["分批戊项目", "戊集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-09"]);

        var job = await Ledgers.Run(admin, "investment-projects", ledger, mode);

        (job.Count("added"), job.Count("refused"), job.GetProperty("written").GetBoolean()).Should().Be((added, 1, written));
        var report = await Ledgers.Report(admin, job.Id());
        report[4].Outcome.Should().BeNull();
        report[4].Problems.Should().ContainSingle(p => p.StartsWith("stage:"));
        report.Where(r => r.Key != 4).Should().OnlyContain(r => r.Value.Outcome == "added");
        (await ProjectsNamed(admin, "分批")).Should().Be(stored);
    }

    [Theory]
    [InlineData("dryRun")]
    [InlineData("eachRow")]
    public async Task A_key_repeated_in_the_same_group_and_in_a_later_one_is_one_project_found_again(string mode)
    {
        using var factory = SmallGroups();
        var admin = await factory.Admin();
        var ledger = Ledgers.Workbook(Headers,
            ["重复键项目", "庚集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-05"],
            ["重复键项目", "庚集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-05"],
            ["重复键另一项目", "辛集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-05"],
            ["重复键项目", "庚集团", "文旅", 12_000_000m, "石岐", "动工", "2024-04-01"]);

        var job = await Ledgers.Run(admin, "investment-projects", ledger, mode);

        (job.Count("added"), job.Count("unchanged"), job.Count("updated"), job.Count("refused")).Should().Be((2, 1, 1, 0));
        var report = await Ledgers.Report(admin, job.Id());
        report.Select(r => (r.Key, r.Value.Outcome)).Should().Equal((2, "added"), (3, "unchanged"), (4, "added"), (5, "updated"));
        if (mode == "dryRun") return;
        var listed = await (await admin.GetAsync("/api/investment/projects?q=重复键项目")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("total").GetInt32().Should().Be(1);
        listed.GetProperty("items")[0].GetProperty("stage").GetString().Should().Be("groundbreaking");
    }

    [Fact]
    public async Task Re_importing_an_unchanged_ledger_writes_no_change_no_event_and_no_audit()
    {
        using var factory = SmallGroups();
        var admin = await factory.Admin();
        var ledger = Ledgers.Workbook(Headers,
            ["不变甲项目", "甲集团", "文旅", 10_000_000m, "石岐", "签约", "2024-01-05"],
            ["不变乙项目", null, null, null, "石岐", "意向", "2024-02-05"],
            ["不变丙项目", "丙集团", "文旅", 30_000_000m, "石岐", "投产", "2024-09-01"]);
        (await Ledgers.Run(admin, "investment-projects", ledger, "eachRow")).Count("added").Should().Be(3);
        var before = await OutboxRows(factory);

        var again = await Ledgers.Run(admin, "investment-projects", ledger, "eachRow");

        (again.Count("unchanged"), again.Count("added"), again.Count("updated")).Should().Be((3, 0, 0));
        again.GetProperty("written").GetBoolean().Should().BeFalse();
        (await OutboxRows(factory)).Should().Be(before, "an unchanged row saves nothing, so no event and no audit record is queued");
    }

    private static FederationFactory SmallGroups() => new FederationFactory().With("Imports:RowsPerTransaction", "2");

    /// <summary>Every event and audit record the investment module has queued, sent or not.</summary>
    private static async Task<(long All, long Audit)> OutboxRows(FederationFactory factory)
    {
        // Read on the engine the pass runs on: PostgreSQL keeps each module's tables in its own schema.
        await using DbConnection connection = TestStore.OnPostgres
            ? new NpgsqlConnection(factory.PostgresDatabase)
            : new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var table = TestStore.OnPostgres ? "inv.inv_outbox" : "inv_outbox";
        command.CommandText = $"""SELECT COUNT(*), COUNT(CASE WHEN "Type" LIKE '%AuditRecorded%' THEN 1 END) FROM {table}""";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<int> ProjectsNamed(HttpClient client, string q) =>
        (await (await client.GetAsync($"/api/investment/projects?q={q}")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();
}
