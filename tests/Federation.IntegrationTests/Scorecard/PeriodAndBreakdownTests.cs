using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>Quarters, custom ranges and the breakdowns users ask for, over the 2023 demo.</summary>
[Collection(Demo2023.Name)]
public sealed class PeriodAndBreakdownTests(DemoFederation demo) : IAsyncLifetime
{
    /// <summary>The demo's events counted in: at once after the first test of the collection has waited.</summary>
    public Task InitializeAsync() => Eventually.Within(TimeSpan.FromSeconds(120), () => Read(demo.Admin, "/api/scorecard/2023"),
        f => Kpi(f, "investment.credit-lines") == 12_000_000_000m && Kpi(f, "investment.projects-signed") == 12);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_first_quarter_holds_the_february_conference_and_the_quarters_add_up_to_the_year()
    {
        var q1 = await Read(demo.Admin, "/api/scorecard/2023?quarter=1");

        q1.GetProperty("period").GetProperty("label").GetString().Should().Be("2023年第一季度");
        Kpi(q1, "investment.signed-amount").Should().Be(5_600_000_000m, "the February conference signed 56亿元");
        var year = await Read(demo.Admin, "/api/scorecard/2023");
        foreach (var key in new[] { "investment.events-held", "investment.attendees", "investment.projects-signed", "investment.signed-amount", "investment.credit-lines" })
        {
            var quarters = 0m;
            for (var q = 1; q <= 4; q++) quarters += Kpi(await Read(demo.Admin, $"/api/scorecard/2023?quarter={q}"), key);
            quarters.Should().Be(Kpi(year, key), $"{key} is a sum or a count");
        }
    }

    [Fact]
    public async Task A_custom_range_counts_only_its_days()
    {
        var spring = await Read(demo.Admin, "/api/scorecard?from=2023-02-26&to=2023-02-26");
        var wholeYear = await Read(demo.Admin, "/api/scorecard?from=2023-01-01&to=2023-12-31");

        Kpi(spring, "investment.credit-lines").Should().Be(0);
        Kpi(spring, "investment.signed-amount").Should().Be(5_600_000_000m);
        Kpi(wholeYear, "investment.signed-amount").Should().Be(9_612_000_000m);
        spring.GetProperty("breakdowns").GetProperty("byMonth").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task The_breakdowns_by_country_work_line_organisation_and_month_add_up_to_the_totals()
    {
        var figures = await Read(demo.Admin, "/api/scorecard/2023");
        var breakdowns = figures.GetProperty("breakdowns");

        foreach (var name in new[] { "byMonth", "byTown", "byCountryOrRegion", "byWorkLine", "byOrganisation" })
            Sum(breakdowns.GetProperty(name), "investment.signed-amount").Should().Be(9_612_000_000m, name);
        var workLine = breakdowns.GetProperty("byWorkLine").EnumerateArray().Single(w => w.GetProperty("key").GetString() == "Investment");
        workLine.GetProperty("key").GetString().Should().Be("Investment");
        workLine.GetProperty("label").GetString().Should().Be("招商引资");
        var countries = breakdowns.GetProperty("byCountryOrRegion").EnumerateArray().ToList();
        countries.Count(c => c.GetProperty("values").TryGetProperty("investment.countries-reached", out _)).Should().Be(23);
        countries.Single(c => c.GetProperty("key").GetString() == "HK").GetProperty("label").GetString().Should().Be("中国香港");
        var youth = breakdowns.GetProperty("byOrganisation").EnumerateArray()
            .Single(o => o.GetProperty("label").GetString() == "中山市侨青联");
        youth.GetProperty("values").GetProperty("investment.credit-lines").GetDecimal().Should().Be(10_000_000_000m);
    }

    [Fact]
    public async Task The_dashboard_shows_a_quarter_and_charts_the_chosen_kpi()
    {
        var admin = await PageClient.Admin(demo.Factory);

        var page = await admin.Get("/scorecard?year=2023&quarter=1&kpi=investment.attendees");

        page.TestId("period").TextContent.Should().Be("2023年第一季度");
        page.TestId("charted").TextContent.Should().Contain("参会人数");
        page.Document.QuerySelector("[data-kpi='investment.signed-amount']")!.TextContent.Should().Be("56亿元");
        var refused = await admin.Get("/scorecard?year=2023&quarter=9");
        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Document.Body!.TextContent.Should().Contain("季度应为 1 至 4");
    }

    private static Task<JsonElement> Read(HttpClient client, string url) => ScorecardRequests.Read(client, url);

    private static decimal Kpi(JsonElement figures, string key) => ScorecardRequests.Kpis(figures)[key];

    private static decimal Sum(JsonElement rows, string key) => rows.EnumerateArray()
        .Sum(r => r.GetProperty("values").TryGetProperty(key, out var v) ? v.GetDecimal() : 0);
}
