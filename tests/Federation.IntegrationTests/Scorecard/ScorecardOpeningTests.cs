using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// The dashboard opens on the latest year the reader's scope has figures for, not on an empty
/// year, and a period without figures says so where a chart or a funnel would be.
/// </summary>
public sealed class ScorecardOpeningTests
{
    [Fact]
    public async Task The_scorecard_opens_on_the_latest_year_with_figures_and_shows_empty_states_where_there_are_none()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2038, 6, 1, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var pages = await PageClient.Admin(factory);

        var empty = await pages.Get("/scorecard");
        empty.TestId("period").TextContent.Should().Contain("2038", "with no figures at all the scorecard opens on this year");
        empty.TestId("chart-month-empty").TextContent.Should().Be("本期暂无数据。");
        empty.Document.QuerySelector("[data-testid=chart-month]").Should().BeNull();

        var project = InvestmentRequests.Project(federation.BranchA);
        project["stage"] = "signed";
        project["stageDate"] = "2035-05-01";
        await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);

        var opened = await Eventually.Within(TimeSpan.FromSeconds(30), () => pages.Get("/scorecard"),
            p => p.TestId("period").TextContent.Contains("2035"));
        opened.TestId("period").TextContent.Should().Contain("2035", "2035 is the latest year with a fact");
        var yearBox = opened.Document.QuerySelector("select#year")!;
        yearBox.Should().NotBeNull("the year is picked from a list, not typed");
        yearBox.QuerySelector("option[selected]")!.TextContent.Should().Be("2035");
        yearBox.QuerySelectorAll("option").Select(o => o.TextContent).Should().StartWith(["2039", "2038"]).And.Contain("2015");
        opened.TestId("chart-month").GetAttribute("data-series").Should().Contain("values");
        opened.Document.QuerySelector("[data-testid=chart-month-empty]").Should().BeNull();

        var otherBranch = await pages.Get($"/scorecard?organisationId={federation.BranchB}");
        otherBranch.TestId("period").TextContent.Should().Contain("2038", "the other branch has no figures of its own");
        var emptyYear = await pages.Get("/scorecard?year=2036");
        emptyYear.TestId("chart-town-empty").TextContent.Should().Be("本期暂无数据。");
        emptyYear.TestId("by-organisation-empty").TextContent.Should().Be("本期暂无数据。");
        emptyYear.TestId("funnel-empty-Investment-projects").TextContent.Should().Contain("暂无阶段转化");
        emptyYear.Document.QuerySelector("[data-testid=funnel-chart-Investment-projects]").Should().BeNull();
    }
}
