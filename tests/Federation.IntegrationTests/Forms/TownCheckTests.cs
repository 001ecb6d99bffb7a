using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Forms;

/// <summary>
/// Towns outside Investment (issue 23): once the directory has towns, every work line refuses a
/// town it does not know, naming the field, and stores an alias as the town's own name.
/// </summary>
public sealed class TownCheckTests(FederationFactory factory) : IClassFixture<FederationFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var admin = await factory.Admin();
        foreach (var (name, aliases) in new[] { ("黄圃", new[] { "黄圃镇" }), ("火炬开发区", new[] { "火炬区" }), ("翠亨新区", Array.Empty<string>()) })
        {
            var response = await admin.PostAsJsonAsync("/api/admin/places/towns", new { name, aliases });
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_registry_refuses_an_unknown_town_naming_it_and_keeps_an_alias_as_the_town()
    {
        var admin = await factory.Admin();
        var enterprise = EnterpriseRequests.Enterprise();
        enterprise["town"] = "火星镇";
        var refused = await (await admin.PostAsJsonAsync("/api/enterprises/enterprises", enterprise)).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("town")[0].GetString().Should().Contain("火星镇");

        enterprise["town"] = "火炬区";
        var registered = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", enterprise);
        registered.GetProperty("town").GetString().Should().Be("火炬开发区");
    }

    [Fact]
    public async Task A_letter_of_intent_and_a_partner_base_refuse_an_unknown_town()
    {
        var admin = await factory.Admin();
        var talent = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent())).ShouldBe(HttpStatusCode.Created);
        var letter = TalentRequests.Letter();
        letter["town"] = "月亮湾";
        var refused = await (await admin.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", letter)).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("town")[0].GetString().Should().Contain("月亮湾");

        var partner = TalentRequests.PartnerBase();
        partner["town"] = "月亮湾";
        (await (await admin.PostAsJsonAsync("/api/talent/partner-bases", partner)).ShouldBe(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("town")[0].GetString().Should().Contain("月亮湾");
    }

    [Fact]
    public async Task Orders_pilots_and_tours_refuse_an_unknown_town_naming_the_field_and_write_nothing()
    {
        var admin = await factory.Admin();
        var order = TradeRequests.Order(town: "火星镇");
        (await (await admin.PostAsJsonAsync("/api/trade/orders", order)).ShouldBe(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("town")[0].GetString().Should().Contain("火星镇");

        var pilot = TradeRequests.Pilot();
        pilot["town"] = "火星镇";
        (await (await admin.PostAsJsonAsync("/api/trade/pilots", pilot)).ShouldBe(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("town")[0].GetString().Should().Contain("火星镇");

        var before = (await (await admin.GetAsync("/api/trade/tours")).Body()).GetProperty("total").GetInt32();
        var tour = TradeRequests.Tour(towns: ["黄圃镇", "火星镇"]);
        (await (await admin.PostAsJsonAsync("/api/trade/tours", tour)).ShouldBe(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("towns[1]")[0].GetString().Should().Contain("火星镇");
        (await (await admin.GetAsync("/api/trade/tours")).Body()).GetProperty("total").GetInt32().Should().Be(before);

        var held = await EnterpriseRequests.Created(admin, "/api/trade/tours", TradeRequests.Tour(towns: ["黄圃镇", "黄圃"]));
        held.GetProperty("towns").EnumerateArray().Select(t => t.GetString()).Should().Equal("黄圃");
    }
}
