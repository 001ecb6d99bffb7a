using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>Commendations the federation received for its trade support (锦旗, 牌匾, 感谢信): recorded, corrected, listed by kind, deleted, counted.</summary>
public sealed class CommendationTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    private const string Commendations = TradeRequests.Commendations;

    [Fact]
    public async Task A_commendation_is_recorded_corrected_listed_by_kind_counted_and_deleted()
    {
        var banner = await EnterpriseRequests.Created(world.Staff, Commendations, TradeRequests.Commendation(kind: "banner", receivedOn: "2046-03-20"));
        var letter = await EnterpriseRequests.Created(world.Staff, Commendations, TradeRequests.Commendation(kind: "letter", receivedOn: "2046-06-01"));
        banner.GetProperty("kind").GetString().Should().Be("banner");
        banner.GetProperty("organisationId").GetGuid().Should().Be(world.Federation.Root);

        (await Ids("?year=2046&kind=banner")).Should().Equal(banner.Id());
        (await Ids("?year=2046&kind=Letter")).Should().Equal([letter.Id()], "the kind is read regardless of case");
        (await Ids("?year=2046")).Should().BeEquivalentTo([banner.Id(), letter.Id()]);
        (await world.KpisWhen(2046, f => f["trade.commendations"] == 2))["trade.commendations"].Should().Be(2);

        var correction = TradeRequests.Commendation(kind: "plaque", receivedOn: "2046-03-21");
        correction["version"] = banner.Version();
        var corrected = await (await world.Staff.PutAsJsonAsync($"{Commendations}/{banner.Id()}", correction)).ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("kind").GetString().Should().Be("plaque");
        corrected.GetProperty("receivedOn").GetString().Should().Be("2046-03-21");
        corrected.Version().Should().Be(banner.Version() + 1);
        (await Ids("?year=2046&kind=banner")).Should().BeEmpty("the banner was corrected to a plaque");
        (await Ids("?year=2046&kind=plaque")).Should().Equal(banner.Id());
        var stale = await (await world.Staff.PutAsJsonAsync($"{Commendations}/{banner.Id()}", correction)).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(stale).Should().Equal("version");

        (await world.Staff.DeleteAsync($"{Commendations}/{letter.Id()}?version={letter.Version()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await world.Staff.GetAsync($"{Commendations}/{letter.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Ids("?year=2046")).Should().Equal(banner.Id());
        (await world.KpisWhen(2046, f => f["trade.commendations"] == 1))["trade.commendations"].Should().Be(1, "the deleted letter no longer counts");
    }

    [Fact]
    public async Task A_kind_that_is_not_one_is_a_400_naming_the_kind()
    {
        foreach (var kind in new[] { "medal", "1" })
        {
            var problem = await (await world.Staff.GetAsync($"{Commendations}?kind={kind}")).ShouldBe(HttpStatusCode.BadRequest);
            EnterpriseRequests.ErrorFields(problem).Should().Equal(["kind"], "“{0}” is not a kind", kind);
        }
        var body = TradeRequests.Commendation();
        body["kind"] = "medal";
        var refused = await (await world.Staff.PostAsJsonAsync(Commendations, body)).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(refused).Should().Equal("kind");
    }

    private async Task<List<Guid>> Ids(string query) =>
        (await (await world.Staff.GetAsync(Commendations + query)).ShouldBe(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Select(c => c.Id()).ToList();
}
