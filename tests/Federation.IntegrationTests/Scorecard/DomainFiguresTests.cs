using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// The golden test: the 2023 demo, entered through the work lines' own use cases and counted by
/// the scorecard from their events, shows every figure of the federation's 2023 report
/// (the table in DOMAIN.md), row by row.
/// </summary>
[Collection(Demo2023.Name)]
public sealed class DomainFiguresTests(DemoFederation demo)
{
    [Fact]
    public async Task The_2023_scorecard_shows_every_figure_of_the_report()
    {
        var admin = demo.Admin;

        var scorecard = await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Read(admin, "/api/scorecard/2023"),
            s => Settled(ScorecardRequests.Kpis(s)));
        var f = ScorecardRequests.Kpis(scorecard);

        // flagship conferences (侨助高质量发展大会): 3, in February, August and November
        var conferences = await Body(admin, "/api/investment/events?year=2023&kind=conference");
        conferences.GetProperty("total").GetInt32().Should().Be(3);
        conferences.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("startDate").GetString()![5..7]).Order()
            .Should().Equal("02", "08", "11");

        // the February conference: 200+ attendees from 23 countries and regions; 7 projects signed on site, 56亿元
        var february = conferences.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("startDate").GetString() == "2023-02-26");
        february.GetProperty("attendeeCount").GetInt32().Should().BeGreaterThanOrEqualTo(200);
        february.GetProperty("countriesAndRegions").GetArrayLength().Should().Be(23);
        var onSite = Row(scorecard, "byMonth", "202302");
        onSite["investment.projects-signed"].Should().Be(7);
        onSite["investment.signed-amount"].Should().Be(5_600_000_000m);

        // bank credit lines: 100亿 (August, youth federation) + 20亿 (November, returnee association)
        f["investment.credit-lines"].Should().Be(12_000_000_000m);
        Row(scorecard, "byMonth", "202308")["investment.credit-lines"].Should().Be(10_000_000_000m);
        Row(scorecard, "byMonth", "202311")["investment.credit-lines"].Should().Be(2_000_000_000m);

        // talent events "3+N": three flagship formats plus more
        f["talent.flagship-events"].Should().Be(3);
        f["talent.events-held"].Should().BeGreaterThan(3);

        // talents met: 260+ from 10+ countries and regions; letters of intent: 18 PhD + 3 Master
        f["talent.talents-met"].Should().BeGreaterThanOrEqualTo(260);
        f["talent.countries-reached"].Should().BeGreaterThan(10);
        f["talent.phd-letters"].Should().Be(18);
        f["talent.master-letters"].Should().Be(3);

        // inspection tours: 7, with 110 person-times
        f["trade.tours"].Should().Be(7);
        f["trade.person-times"].Should().Be(110);

        // new overseas orders in the pilot town: about 1.5亿元
        f["trade.order-amount"].Should().BeInRange(145_000_000m, 155_000_000m);
        Row(scorecard, "byTown", "黄圃")["trade.order-amount"].Should().Be(f["trade.order-amount"]);
        var shown = await (await admin.GetAsync("/scorecard?year=2023")).Content.ReadAsStringAsync();
        shown.Should().Contain("1.5亿元", "约1.5亿元, as the report writes it");

        // policy face-to-face sessions: 6
        f["enterprises.policy-sessions"].Should().Be(6);

        // branch trips to Hong Kong: 石岐 signed about 15亿元 of intended investment
        var intent = await Body(admin, "/api/investment/projects?year=2023&stage=intent");
        intent.GetProperty("totalAmountYuan").GetDecimal().Should().Be(1_500_000_000m);

        // investment introduced in the year: 96.12亿元
        f["investment.signed-amount"].Should().Be(9_612_000_000m);
        shown.Should().Contain("96.12亿元");
    }

    /// <summary>Whether the scorecard has counted every record of the demo, which reach it a moment after they commit.</summary>
    internal static bool Settled(Dictionary<string, decimal> f) =>
        f["investment.credit-lines"] == 12_000_000_000m && f["investment.projects-signed"] == 12
        && f["talent.letters-of-intent"] == 21 && f["enterprises.policy-sessions"] == 6
        && f["trade.tours"] == 7 && f["trade.orders"] == 11;

    private static Dictionary<string, decimal> Row(JsonElement scorecard, string breakdown, string key) =>
        scorecard.GetProperty("breakdowns").GetProperty(breakdown).EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == key)
            .GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetDecimal());

    private static async Task<JsonElement> Body(HttpClient client, string url) => await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
}
