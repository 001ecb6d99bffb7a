using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// Places by reference and one conference serving two work lines: a town typed by any of its names
/// is one town in the ledger, its filter and the scorecard; an investment and talent conference is
/// one record, counted once as an event held, with the talent met there counted for Talent.
/// </summary>
public sealed class PlacesAndCombinedConferenceTests
{
    [Fact]
    public async Task A_town_typed_by_its_alias_is_stored_filtered_and_counted_as_the_town_with_its_area()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var town = (await (await admin.PostAsJsonAsync("/api/admin/places/towns",
            new { name = "东区", nameEn = "East District", aliases = new[] { "东区街道" } })).ShouldBe(HttpStatusCode.Created)).Id();
        await (await admin.PostAsJsonAsync($"/api/admin/places/towns/{town}/areas", new { name = "岐江新城", aliases = new[] { "岐江新城核心区" } }))
            .ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync("/api/admin/places/towns", new { name = "小榄", aliases = new[] { "小榄镇" } })).ShouldBe(HttpStatusCode.Created);

        var project = InvestmentRequests.Project();
        project["town"] = "东区街道";
        project["area"] = "岐江新城核心区";
        project["stageDate"] = "2047-03-01";
        var entered = await (await admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);

        entered.GetProperty("town").GetString().Should().Be("东区", "an alias is kept as the town it names");
        entered.GetProperty("area").GetString().Should().Be("岐江新城");
        var filtered = await (await admin.GetAsync("/api/investment/projects?town=东区街道&year=2047")).ShouldBe(HttpStatusCode.OK);
        filtered.GetProperty("total").GetInt32().Should().Be(1, "the filter matches by reference, not by the text typed");
        var figures = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Read(admin, "/api/scorecard/2047"),
            f => ScorecardRequests.Kpis(f)["investment.projects-signed"] == 1);
        figures.GetProperty("breakdowns").GetProperty("byArea").EnumerateArray().Single().GetProperty("label").GetString().Should().Be("岐江新城");

        foreach (var (town2, area, field) in new[] { ("石歧", (string?)null, "town"), ("小榄", "岐江新城", "area") })
        {
            var wrong = InvestmentRequests.Project();
            wrong["town"] = town2;
            wrong["area"] = area;
            wrong["stageDate"] = "2047-04-01";
            var refused = await (await admin.PostAsJsonAsync("/api/investment/projects", wrong)).ShouldBe(HttpStatusCode.BadRequest);
            refused.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue("{0}/{1} should be refused naming {2}: {3}", town2, area, field, refused);
        }
        var ledger = await (await admin.GetAsync("/api/investment/projects?year=2047")).ShouldBe(HttpStatusCode.OK);
        ledger.GetProperty("total").GetInt32().Should().Be(1, "a refused project is not entered");
    }

    [Fact]
    public async Task An_investment_and_talent_conference_is_one_event_held_and_its_talents_count_for_talent()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var conference = InvestmentRequests.Event();
        conference["title"] = "2048侨界招商引才大会";
        conference["startDate"] = conference["endDate"] = "2048-05-20";
        conference["isFlagship"] = true;
        conference["alsoServes"] = new[] { "Talent" };
        var conferenceId = (await (await admin.PostAsJsonAsync("/api/investment/events", conference)).ShouldBe(HttpStatusCode.Created)).Id();
        var plain = InvestmentRequests.Event();
        plain["startDate"] = plain["endDate"] = "2048-06-01";
        var plainId = (await (await admin.PostAsJsonAsync("/api/investment/events", plain)).ShouldBe(HttpStatusCode.Created)).Id();

        var talentSide = TalentRequests.Event();
        talentSide["title"] = "2048侨界招商引才大会·人才对接";
        talentSide["startDate"] = talentSide["endDate"] = "2048-05-20";
        talentSide["conferenceId"] = conferenceId;
        // The conference reaches Talent through the outbox; until then the link is refused.
        await Eventually.Within(TimeSpan.FromSeconds(30), () => admin.PostAsJsonAsync("/api/talent/events", talentSide),
            response => response.StatusCode == HttpStatusCode.Created);
        talentSide["conferenceId"] = plainId;
        var refused = await (await admin.PostAsJsonAsync("/api/talent/events", talentSide)).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("conferenceId", out _).Should().BeTrue("an event that does not serve talent cannot be linked");

        var figures = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2048"),
            f => f["talent.talents-met"] == 24 && f["investment.events-held"] == 2);
        figures["investment.flagship-conferences"].Should().Be(1);
        figures["talent.events-held"].Should().Be(0, "the conference is counted once, as the investment event held");
        figures["talent.flagship-events"].Should().Be(0);

        var wrongLine = InvestmentRequests.Event();
        wrongLine["alsoServes"] = new[] { "Astrology" };
        var unknown = await (await admin.PostAsJsonAsync("/api/investment/events", wrongLine)).ShouldBe(HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").TryGetProperty("alsoServes[0]", out _).Should().BeTrue();
    }
}
