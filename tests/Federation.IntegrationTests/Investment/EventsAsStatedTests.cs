using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Investment;

/// <summary>
/// Events entered as reports state them: what a report leaves out may be left out, a qualifier
/// says how a figure was said, and a mistake in either is a 400 naming the field that changes nothing.
/// </summary>
public sealed class EventsAsStatedTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public EventsAsStatedTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task An_event_without_venue_attendance_or_countries_is_recorded_and_shown_as_not_disclosed()
    {
        var admin = await factory.Admin();
        var body = Event("2044-03-03");
        body["venue"] = null;
        body["attendeeCount"] = null;
        body["countriesAndRegions"] = Array.Empty<string>();

        var created = await (await admin.PostAsJsonAsync("/api/investment/events", body)).ShouldBe(HttpStatusCode.Created);

        created.GetProperty("attendeeCount").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var page = await PageClient.Admin(factory);
        var shown = await page.Get($"/investment/events/{created.Id()}");
        shown.TestId("event-attendees").TextContent.Should().Be("未披露");
    }

    [Fact]
    public async Task A_stated_attendance_reads_back_the_way_it_was_said()
    {
        var admin = await factory.Admin();
        var body = Event("2044-04-04");
        body["attendeeCount"] = 200;
        body["attendeeQualifier"] = "atLeast";

        var created = await (await admin.PostAsJsonAsync("/api/investment/events", body)).ShouldBe(HttpStatusCode.Created);

        var page = await PageClient.Admin(factory);
        (await page.Get($"/investment/events/{created.Id()}")).TestId("event-attendees").TextContent.Should().Be("200多");
    }

    [Theory]
    [InlineData("a range of attendees without its top", "attendeeUpTo")]
    [InlineData("a top without a range", "attendeeUpTo")]
    [InlineData("a qualifier without a figure", "attendeeQualifier")]
    [InlineData("a range of stated countries", "statedCountriesQualifier")]
    [InlineData("fewer countries stated than listed", "statedCountries")]
    [InlineData("a range of projects signed", "unlistedSignedProjectsQualifier")]
    [InlineData("an amount finer than a fen", "unlistedSignedAmountYuan")]
    [InlineData("a flagship session", "isFlagship")]
    [InlineData("a session of an event that does not exist", "parentEventId")]
    public async Task A_figure_stated_wrongly_is_refused_naming_the_field_and_records_nothing(string mistake, string field)
    {
        var admin = await factory.Admin();
        var body = Event("2045-05-05");
        switch (mistake)
        {
            case "a range of attendees without its top": body["attendeeQualifier"] = "range"; break;
            case "a top without a range": body["attendeeUpTo"] = 500; break;
            case "a qualifier without a figure": body["attendeeCount"] = null; body["attendeeQualifier"] = "about"; break;
            case "a range of stated countries": body["statedCountries"] = 30; body["statedCountriesQualifier"] = "range"; break;
            case "fewer countries stated than listed": body["countriesAndRegions"] = new[] { "HK", "MO", "US" }; body["statedCountries"] = 2; break;
            case "a range of projects signed": body["unlistedSignedProjects"] = 5; body["unlistedSignedProjectsQualifier"] = "range"; break;
            case "an amount finer than a fen": body["unlistedSignedAmountYuan"] = 0.001m; break;
            case "a flagship session": body["isFlagship"] = true; body["parentEventId"] = Guid.NewGuid(); break;
            case "a session of an event that does not exist": body["parentEventId"] = Guid.NewGuid(); break;
        }

        var refused = await (await admin.PostAsJsonAsync("/api/investment/events", body)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue("{0} should name {1}: {2}", mistake, field, refused);
        var listed = await (await admin.GetAsync("/api/investment/events?year=2045")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("total").GetInt32().Should().Be(0, "a refused event is not recorded");
    }

    [Fact]
    public async Task Sessions_are_one_level_deep_and_an_event_with_sessions_is_not_removed()
    {
        var admin = await factory.Admin();
        var conference = (await (await admin.PostAsJsonAsync("/api/investment/events", Event("2046-06-06"))).ShouldBe(HttpStatusCode.Created)).Id();
        var session = Event("2046-06-06");
        session["parentEventId"] = conference;
        var sessionId = (await (await admin.PostAsJsonAsync("/api/investment/events", session)).ShouldBe(HttpStatusCode.Created)).Id();
        var nested = Event("2046-06-06");
        nested["parentEventId"] = sessionId;

        var refused = await (await admin.PostAsJsonAsync("/api/investment/events", nested)).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("parentEventId", out _).Should().BeTrue();
        (await admin.DeleteAsync($"/api/investment/events/{conference}?version=1")).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    private static Dictionary<string, object?> Event(string date)
    {
        var body = InvestmentRequests.Event();
        body["startDate"] = body["endDate"] = date;
        return body;
    }
}
