using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// The scorecard's funnel, counted from the paths the ledger publishes: how many projects entered
/// in a year reached each stage or went further, the share of the stage before, and the median
/// days spent in a stage by the projects that left it.
/// </summary>
public sealed class FunnelTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task The_funnel_counts_stages_reached_their_share_of_the_stage_before_and_the_median_days_in_each()
    {
        var federation = await TestFederation.Create(factory);
        var admin = federation.Admin;
        var org = federation.BranchA;
        await Path(admin, org, ("intent", "2019-01-01"), ("negotiating", "2019-01-11"), ("signed", "2019-02-10"), ("groundbreaking", "2019-03-12"));
        await Path(admin, org, ("intent", "2019-02-01"), ("signed", "2019-02-21"));
        await Path(admin, org, ("negotiating", "2019-03-01"), ("dropped", "2019-03-06"));
        var producing = await Path(admin, org, ("signed", "2019-04-01"), ("groundbreaking", "2019-05-01"), ("inProduction", "2019-07-30"));
        await Path(admin, org, ("intent", "2018-12-01"), ("negotiating", "2019-01-05"));
        await Path(admin, federation.BranchB, ("intent", "2019-01-01"));

        List<(string?, int, decimal?, decimal?)> expected =
        [
            ("intent", 4, null, 15m),
            ("negotiating", 4, 100m, 17.5m),
            ("signed", 3, 75m, 30m),
            ("groundbreaking", 2, 66.7m, 90m),
            ("inProduction", 1, 50m, null),
        ];
        var funnel = await Settled(admin, org, 2019, rows => rows.SequenceEqual(expected));

        funnel.GetProperty("entered").GetInt32().Should().Be(4, "the project entered in 2018 and branch B's are not counted");
        funnel.GetProperty("workLine").GetString().Should().Be("Investment");

        // A stage taken back no longer counts as reached.
        var current = await (await admin.GetAsync($"/api/investment/projects/{producing}")).Body();
        await (await admin.PostAsJsonAsync($"/api/investment/projects/{producing}/stage/revert",
            new { reason = "误录", version = current.GetProperty("version").GetInt32() })).ShouldBe(HttpStatusCode.OK);
        var reverted = await Eventually.Within(TimeSpan.FromSeconds(20), () => Funnel(admin, org, 2019),
            f => f is { } x && Rows(x).Last().Reached == 0);
        Rows(reverted!.Value)[3].Should().Be(("groundbreaking", 2, 66.7m, null));
    }

    [Fact]
    public async Task The_funnel_is_the_readers_scope_only_and_is_rebuilt_from_the_events_alone()
    {
        var federation = await TestFederation.Create(factory);
        await Path(federation.Admin, federation.BranchA, ("intent", "2017-03-01"), ("signed", "2017-04-01"));
        await Path(federation.Admin, federation.BranchB, ("intent", "2017-03-01"));
        var before = await Settled(federation.Admin, federation.BranchA, 2017, rows => rows[2].Reached == 1 && rows[0].Median == 31m);

        var branchA = await federation.User(federation.BranchA, "branch-staff");
        var own = await (await branchA.GetAsync("/api/scorecard/years/2017/funnel")).ShouldBe(HttpStatusCode.OK);
        Investment(own)!.Value.GetProperty("entered").GetInt32().Should().Be(1, "branch B's project is not branch A's to count");
        var refused = await (await branchA.GetAsync($"/api/scorecard/years/2017/funnel?organisationId={federation.BranchB}")).ShouldBe(HttpStatusCode.Forbidden);
        refused.GetProperty("errors").TryGetProperty("organisationId", out _).Should().BeTrue();

        await (await federation.Admin.PostAsync("/api/scorecard/rebuild", null)).ShouldBe(HttpStatusCode.OK);
        var after = await Settled(federation.Admin, federation.BranchA, 2017, rows => rows.SequenceEqual(Rows(before)));
        Rows(after).Should().Equal(Rows(before));
    }

    [Fact]
    public async Task A_bad_quarter_is_a_400_naming_the_quarter()
    {
        var admin = await factory.Admin();
        var refused = await (await admin.GetAsync("/api/scorecard/years/2023/funnel?quarter=5")).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("quarter", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_scorecard_page_draws_the_funnel_and_tabulates_it()
    {
        var federation = await TestFederation.Create(factory);
        await Path(federation.Admin, federation.BranchA, ("intent", "2016-03-01"), ("signed", "2016-04-01"));
        await Settled(federation.Admin, federation.BranchA, 2016, rows => rows[2].Reached == 1);
        var pages = await PageClient.Admin(factory);

        var page = await pages.Get($"/scorecard?year=2016&organisationId={federation.BranchA}");

        var chart = page.TestId("funnel-chart-Investment-projects");
        JsonDocument.Parse(chart.GetAttribute("data-funnel")!).RootElement.GetProperty("stages")[0].GetProperty("reached").GetInt32().Should().Be(1);
        var table = page.TestId("funnel-table-Investment-projects");
        table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).Should().Equal("意向", "在谈", "签约", "动工", "投产");
        table.QuerySelectorAll("tbody tr")[2].TextContent.Should().Contain("100%");
    }

    private static async Task<Guid> Path(HttpClient admin, Guid organisation, params (string Stage, string Date)[] steps)
    {
        var body = InvestmentRequests.Project(organisation, stage: steps[0].Stage);
        body["stageDate"] = steps[0].Date;
        var project = await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created);
        var version = project.GetProperty("version").GetInt32();
        foreach (var (stage, date) in steps.Skip(1))
            version = (await (await admin.PostAsJsonAsync($"/api/investment/projects/{project.Id()}/stage", new { stage, date, version }))
                .ShouldBe(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        return project.Id();
    }

    /// <summary>The funnel once the scorecard has heard every change: consumers run after the write commits.</summary>
    private static async Task<JsonElement> Settled(
        HttpClient reader, Guid organisation, int year, Func<List<(string? Stage, int Reached, decimal? Percent, decimal? Median)>, bool> done) =>
        (await Eventually.Within(TimeSpan.FromSeconds(20), () => Funnel(reader, organisation, year), f => f is { } x && done(Rows(x))))!.Value;

    private static async Task<JsonElement?> Funnel(HttpClient reader, Guid organisation, int year) =>
        Investment(await (await reader.GetAsync($"/api/scorecard/years/{year}/funnel?organisationId={organisation}")).ShouldBe(HttpStatusCode.OK));

    private static JsonElement? Investment(JsonElement pipelines) =>
        pipelines.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(p => p!.Value.GetProperty("workLine").GetString() == "Investment");

    private static List<(string? Stage, int Reached, decimal? Percent, decimal? Median)> Rows(JsonElement funnel) =>
        funnel.GetProperty("stages").EnumerateArray().Select(s => (
            s.GetProperty("stage").GetString(),
            s.GetProperty("reached").GetInt32(),
            s.GetProperty("percentOfPrevious").ValueKind == JsonValueKind.Null ? (decimal?)null : s.GetProperty("percentOfPrevious").GetDecimal(),
            s.GetProperty("medianDaysInStage").ValueKind == JsonValueKind.Null ? (decimal?)null : s.GetProperty("medianDaysInStage").GetDecimal())).ToList();
}
