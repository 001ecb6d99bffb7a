using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// Behind a TLS proxy: X-Forwarded-Proto is believed only from the configured proxy, so the session
/// cookie is Secure and HSTS is sent for its requests and for nobody else's; under a path base every
/// link, asset, redirect and cookie stays under it.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.20.0.5";

    [Fact]
    public async Task A_request_through_the_configured_proxy_gets_a_Secure_cookie_and_HSTS()
    {
        using var factory = new FederationFactory().With("ReverseProxy:KnownProxies:0", Proxy).WithClientAddresses();
        var response = await SignInThroughTls(factory.From(Proxy));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase), "the proxy said the client came over HTTPS");
        response.Headers.Contains("Strict-Transport-Security").Should().BeTrue();
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_not_configured_are_ignored()
    {
        using var factory = new FederationFactory().With("ReverseProxy:KnownNetworks:0", "10.20.0.0/24").WithClientAddresses();
        var response = await SignInThroughTls(factory.From("10.99.0.7"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().NotContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase), "anyone can send X-Forwarded-Proto");
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();

        var fromTheNetwork = await SignInThroughTls(factory.From("10.20.0.77"));
        fromTheNetwork.Headers.Contains("Strict-Transport-Security").Should().BeTrue("10.20.0.77 is in the configured network");
    }

    private static Task<HttpResponseMessage> SignInThroughTls(HttpClient client)
    {
        // HSTS is never sent to localhost: the proxy forwards the public name.
        client.DefaultRequestHeaders.Host = "qiaolian.example";
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        return client.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = FederationFactory.AdminPassword });
    }

    [Fact]
    public async Task Under_a_path_base_pages_assets_redirects_and_cookies_stay_under_it()
    {
        using var factory = new FederationFactory().With("PathBase", "/federation/");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var home = await client.GetAsync("/federation/");
        home.StatusCode.Should().Be(HttpStatusCode.Redirect);
        PathOf(home.Headers.Location!).Should().StartWith("/federation/sign-in");

        var signInPage = await client.GetAsync("/federation/sign-in");
        signInPage.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await signInPage.Content.ReadAsStringAsync();
        var assets = Regex.Matches(html, "(?:href|src)=\"(/[^\"]+\\.(?:css|js)[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        assets.Should().NotBeEmpty().And.OnlyContain(a => a.StartsWith("/federation/"));
        foreach (var asset in assets) (await client.GetAsync(asset)).StatusCode.Should().Be(HttpStatusCode.OK, asset);

        var signedIn = await client.PostAsJsonAsync("/federation/api/auth/sign-in", new { userName = "admin", password = FederationFactory.AdminPassword });
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        signedIn.Headers.GetValues("Set-Cookie").Should().OnlyContain(c => c.Contains("path=/federation", StringComparison.OrdinalIgnoreCase));

        var ledger = await client.GetAsync("/federation/investment/projects");
        ledger.StatusCode.Should().Be(HttpStatusCode.OK);
        var links = Regex.Matches(await ledger.Content.ReadAsStringAsync(), "\\s(?:href|src|action|data-[\\w-]+)=\"(/[^/\"][^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        links.Should().Contain("/federation/investment/projects/board").And.OnlyContain(l => l.StartsWith("/federation/"));

        // A page that redirects to a root-relative path ("/") is kept under the base too.
        var language = await client.GetAsync("/federation/language");
        PathOf(language.Headers.Location!).Should().Be("/federation/");
    }

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
