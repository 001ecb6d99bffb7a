using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Investment;

/// <summary>
/// Outcomes that are not money, through the API to the scorecard: each kind counts under a KPI of
/// its own with the qualifier the report gave it, a trade cooperation also its intended amount.
/// Each test keeps to a year of its own, so the figures it waits for are its records' alone.
/// </summary>
public sealed class OutcomeTests : IClassFixture<FederationFactory>
{
    private static readonly TimeSpan ScorecardDelay = TimeSpan.FromSeconds(30);

    private readonly FederationFactory factory;

    public OutcomeTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task Agreements_organisations_joined_and_intended_trade_reach_the_scorecard_as_the_report_stated_them()
    {
        var admin = await factory.Admin();
        await Created(admin, InvestmentRequests.Outcome(on: "2041-03-12"));
        var joined = InvestmentRequests.Outcome(on: "2041-05-20");
        joined["kind"] = "organisationsJoined";
        joined["title"] = "合作联盟";
        joined["quantity"] = 12;
        joined["quantityQualifier"] = "atLeast";
        var trade = await Created(admin, Trade("2041-11-08"));
        await Created(admin, joined);

        var scorecard = await Eventually.Within(ScorecardDelay, () => ScorecardRequests.Read(admin, "/api/scorecard/2041"),
            s => ScorecardRequests.Kpis(s) is var f && f["investment.agreements"] == 6
                && f["investment.organisations-joined"] == 12 && f["investment.intended-trade"] == 1_000_000_000m);

        var figures = ScorecardRequests.KpisWithQualifiers(scorecard);
        figures["investment.agreements"].Should().Be((6m, "exact"));
        figures["investment.organisations-joined"].Should().Be((12m, "atLeast"), "“12家以上” stays a lower bound");
        figures["investment.trade-cooperation"].Should().Be((1m, "exact"));
        figures["investment.intended-trade"].Should().Be((1_000_000_000m, "atLeast"), "“逾10亿元” stays a lower bound");
        figures["investment.platforms-launched"].Value.Should().Be(0);
        figures["investment.signed-amount"].Value.Should().Be(0, "an intended trade is not investment signed");

        trade.GetProperty("amountYuan").GetDecimal().Should().Be(1_000_000_000m);
        trade.GetProperty("amountQualifier").GetString().Should().Be("atLeast");
        var listed = await (await admin.GetAsync("/api/investment/outcomes?year=2041&kind=tradeCooperation")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("total").GetInt32().Should().Be(1);
        listed.GetProperty("items")[0].Id().Should().Be(trade.Id());
    }

    [Fact]
    public async Task Correcting_an_outcome_changes_its_figure_and_removing_it_takes_the_figure_away()
    {
        var admin = await factory.Admin();
        var agreements = await Created(admin, InvestmentRequests.Outcome(on: "2042-04-01"));
        var trade = await Created(admin, Trade("2042-06-18"));
        await Eventually.Within(ScorecardDelay, () => ScorecardRequests.Kpis(admin, "/api/scorecard/2042"),
            f => f["investment.agreements"] == 6 && f["investment.intended-trade"] == 1_000_000_000m);

        var correction = InvestmentRequests.Outcome(on: "2042-04-01");
        correction["quantity"] = 8;
        correction["version"] = 1;
        var corrected = await (await admin.PutAsJsonAsync($"/api/investment/outcomes/{agreements.Id()}", correction)).ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("version").GetInt32().Should().Be(2);
        (await admin.PutAsJsonAsync($"/api/investment/outcomes/{agreements.Id()}", correction)).StatusCode
            .Should().Be(HttpStatusCode.Conflict, "version 1 is no longer the outcome's");
        (await admin.DeleteAsync($"/api/investment/outcomes/{trade.Id()}?version=1")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var after = await Eventually.Within(ScorecardDelay, () => ScorecardRequests.Kpis(admin, "/api/scorecard/2042"),
            f => f["investment.agreements"] == 8 && f["investment.intended-trade"] == 0);
        after["investment.trade-cooperation"].Should().Be(0);
        (await admin.GetAsync($"/api/investment/outcomes/{trade.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("no kind", "kind")]
    [InlineData("a range of agreements without its top", "quantityUpTo")]
    [InlineData("an amount on an agreement", "amountYuan")]
    [InlineData("a party that is null", "parties[0]")]
    [InlineData("an event that does not exist", "eventId")]
    public async Task A_bad_outcome_is_a_400_naming_the_field_and_writes_nothing(string mistake, string field)
    {
        var admin = await factory.Admin();
        var body = InvestmentRequests.Outcome(on: "2043-09-09");
        switch (mistake)
        {
            case "no kind": body.Remove("kind"); break;
            case "a range of agreements without its top": body["quantityQualifier"] = "range"; break;
            case "an amount on an agreement": body["amountYuan"] = 50_000_000m; break;
            case "a party that is null": body["parties"] = new[] { null, "中山市侨联" }; break;
            case "an event that does not exist": body["eventId"] = Guid.NewGuid(); break;
        }

        var refused = await (await admin.PostAsJsonAsync("/api/investment/outcomes", body)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue("{0} should name {1}: {2}", mistake, field, refused);
        var listed = await (await admin.GetAsync("/api/investment/outcomes?year=2043")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("total").GetInt32().Should().Be(0, "a refused outcome is not recorded");
    }

    [Fact]
    public async Task An_amount_on_anything_but_trade_cooperation_is_refused_in_the_caller_s_language()
    {
        var admin = await factory.Admin();
        var body = InvestmentRequests.Outcome(on: "2043-09-09");
        body["kind"] = "platform";
        body["amountYuan"] = 50_000_000m;

        var refused = await (await admin.PostAsJsonAsync("/api/investment/outcomes", body)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("amountYuan")[0].GetString().Should().Be("只有贸易合作意向可以填写金额。");
    }

    /// <summary>"达成贸易合作意向逾10亿元": one intent of more than a billion yuan.</summary>
    private static Dictionary<string, object?> Trade(string on)
    {
        var trade = InvestmentRequests.Outcome(on: on);
        trade["kind"] = "tradeCooperation";
        trade["title"] = "贸易合作意向";
        trade["quantity"] = null;
        trade["amountYuan"] = 1_000_000_000m;
        trade["amountQualifier"] = "atLeast";
        return trade;
    }

    private static async Task<JsonElement> Created(HttpClient client, Dictionary<string, object?> body) =>
        await (await client.PostAsJsonAsync("/api/investment/outcomes", body)).ShouldBe(HttpStatusCode.Created);
}
