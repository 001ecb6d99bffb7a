using System.Net;
using System.Net.Http.Headers;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Telemetry;

/// <summary>
/// /metrics answers Prometheus text (request durations by route, the outbox backlog per module) to
/// loopback, to the listed addresses and networks, and to a caller sending the metrics token; any
/// other caller gets a problem document, never the figures.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const string Token = "scrape-token-4f1c9a";

    [Fact]
    public async Task A_scrape_from_loopback_shows_the_duration_of_a_route_just_called_and_the_outbox_backlog()
    {
        using var factory = new FederationFactory().WithClientAddresses();
        var admin = await factory.Admin();
        (await admin.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.OK);
        var scraper = factory.From("127.0.0.1");

        var text = await Eventually.Within(TimeSpan.FromSeconds(10), () => Scrape(scraper),
            t => t.Contains("http_route=\"/api/investment/projects/\""));

        text.Should().Contain("http_server_request_duration_seconds_bucket{");
        text.Should().MatchRegex(@"federation_outbox_backlog\{[^}]*module=""Investment""[^}]*\} \d+");
        text.Should().MatchRegex(@"federation_outbox_oldest_age_seconds\{[^}]*module=""Platform""");
        text.Should().MatchRegex(@"federation_database_size_bytes\{[^}]*engine=""(SQLite|PostgreSQL)""[^}]*\} [1-9]");
        text.Should().Contain("federation_imports_running");
    }

    [Fact]
    public async Task Another_address_is_refused_unless_it_sends_the_token()
    {
        using var factory = new FederationFactory().WithClientAddresses().With("Telemetry:Metrics:Token", Token);
        var outsider = factory.From("203.0.113.9");

        var refused = await outsider.GetAsync("/metrics");
        var problem = await refused.ShouldBe(HttpStatusCode.Forbidden);
        problem.GetProperty("errors").TryGetProperty("authorization", out _).Should().BeTrue("the problem names what was missing: {0}", problem);
        problem.ToString().Should().NotContain("federation_");

        outsider.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        (await outsider.GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a wrong token is no token");

        outsider.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        (await Scrape(outsider)).Should().Contain("federation_outbox_backlog");
    }

    [Fact]
    public async Task Listed_networks_replace_loopback_and_switched_off_metrics_answer_not_found()
    {
        using (var factory = new FederationFactory().WithClientAddresses().With("Telemetry:Metrics:AllowedAddresses:0", "10.20.0.0/16"))
        {
            (await Scrape(factory.From("10.20.3.4"))).Should().Contain("federation_outbox_backlog");
            (await factory.From("10.21.0.1").GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await factory.From("127.0.0.1").GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.Forbidden,
                "the list says who may scrape; loopback is only the default");
        }
        using (var off = new FederationFactory().WithClientAddresses().With("Telemetry:Metrics:Enabled", "false"))
        {
            var answer = await off.From("127.0.0.1").GetAsync("/metrics");
            (await answer.ShouldBe(HttpStatusCode.NotFound)).ToString().Should().NotContain("federation_");
        }
    }

    internal static async Task<string> Scrape(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return text;
    }
}
