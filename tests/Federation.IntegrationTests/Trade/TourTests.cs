using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>Inspection tours (侨创中山华商行): tours held, person-times by where the entrepreneurs come from, and towns covered once each.</summary>
public sealed class TourTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    [Fact]
    public async Task Person_times_add_up_across_countries_and_tours_and_a_town_visited_twice_is_covered_once()
    {
        var first = await EnterpriseRequests.Created(world.Staff, TradeRequests.Tours,
            TradeRequests.Tour(startsOn: "2045-06-15", towns: ["黄圃", "小榄"], participants: [("HK", 6), ("MO", 5), ("TW", 4)]));
        var second = await EnterpriseRequests.Created(world.Staff, TradeRequests.Tours,
            TradeRequests.Tour(startsOn: "2045-09-21", towns: ["小榄", "古镇"], participants: [("HK", 7), ("GB", 4)]));

        first.GetProperty("personTimes").GetInt32().Should().Be(15);
        second.GetProperty("personTimes").GetInt32().Should().Be(11);
        var list = await (await world.Staff.GetAsync($"{TradeRequests.Tours}?year=2045&pageSize=1")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().Should().Be(2);
        list.GetProperty("totalPersonTimes").GetInt32().Should().Be(26, "the total covers every tour the filter matches, not only the page shown");
        var inGuzhen = await (await world.Staff.GetAsync($"{TradeRequests.Tours}?year=2045&town=古镇")).ShouldBe(HttpStatusCode.OK);
        inGuzhen.GetProperty("items").EnumerateArray().Select(t => t.Id()).Should().Equal(second.Id());

        var scorecard = await world.ScorecardWhen(2045, f => f["trade.tours"] == 2 && f["trade.person-times"] == 26 && f["trade.towns-covered"] == 3);
        var figures = ScorecardRequests.Kpis(scorecard);
        figures["trade.person-times"].Should().Be(26);
        figures["trade.towns-covered"].Should().Be(3, "黄圃, 小榄 and 古镇: 小榄 counts once though two tours went there");
        TradeWorld.Cell(scorecard, "byCountryOrRegion", "HK", "trade.person-times").Should().Be(13, "6 and 7 from Hong Kong");
        TradeWorld.Cell(scorecard, "byCountryOrRegion", "GB", "trade.person-times").Should().Be(4);
        TradeWorld.Cell(scorecard, "byMonth", "204506", "trade.person-times").Should().Be(15);

        var corrected = TradeRequests.Tour(startsOn: "2045-09-21", towns: ["小榄"], participants: [("HK", 7), ("GB", 4), ("SG", 2)]);
        corrected["version"] = second.Version();
        await (await world.Staff.PutAsJsonAsync($"{TradeRequests.Tours}/{second.Id()}", corrected)).ShouldBe(HttpStatusCode.OK);

        var after = await world.KpisWhen(2045, f => f["trade.towns-covered"] == 2 && f["trade.person-times"] == 28);
        after["trade.towns-covered"].Should().Be(2, "古镇 is no longer visited");
        after["trade.person-times"].Should().Be(28);
        after["trade.tours"].Should().Be(2);
    }

    [Fact]
    public async Task A_country_given_twice_is_refused_naming_the_participants_and_nothing_is_written()
    {
        var before = await Total();

        var response = await world.Staff.PostAsJsonAsync(TradeRequests.Tours,
            TradeRequests.Tour(startsOn: "2037-05-18", participants: [("HK", 7), ("CA", 5), ("HK", 6)]));

        var problem = await response.ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(problem).Should().Equal("participants");
        (await Total()).Should().Be(before);
    }

    private async Task<int> Total() =>
        (await (await world.Admin.GetAsync($"{TradeRequests.Tours}?pageSize=1")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();
}
