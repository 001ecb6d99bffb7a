using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// The security headers reach every kind of answer, and the session cookie cannot be read by
/// script, sent from other sites or sent in clear over HTTPS.
/// Lockout after wrong passwords and a revoked token being refused on the next request are
/// covered in <see cref="Platform.SignInTests"/>.
/// </summary>
public sealed class SecurityHeaderTests : IClassFixture<FederationFactory>
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private readonly FederationFactory factory;

    public SecurityHeaderTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_page_carries_the_security_headers()
    {
        var admin = await factory.Admin();
        var response = await admin.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task An_api_answer_carries_the_security_headers()
    {
        var admin = await factory.Admin();
        var response = await admin.GetAsync("/api/auth/me");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task A_401_carries_the_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/api/investment/projects");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task A_problem_document_carries_the_security_headers()
    {
        var admin = await factory.Admin();
        var response = await admin.GetAsync($"/api/investment/projects/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json");
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task The_api_reference_keeps_the_other_headers_but_goes_without_the_policy_its_inline_script_needs()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_strict_and_secure_over_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false,
        });

        var response = await client.PostAsJsonAsync("/api/auth/sign-in",
            new { userName = "admin", password = FederationFactory.AdminPassword });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var session = SessionCookie(response);
        session.Should().Contain("httponly").And.Contain("samesite=strict").And.Contain("secure");
    }

    [Fact]
    public async Task Over_plain_http_the_session_cookie_is_not_marked_secure_so_a_local_run_can_sign_in()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

        var response = await client.PostAsJsonAsync("/api/auth/sign-in",
            new { userName = "admin", password = FederationFactory.AdminPassword });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var session = SessionCookie(response);
        session.Should().Contain("httponly").And.Contain("samesite=strict").And.NotContain("secure");
    }

    /// <summary>The attributes of the session's Set-Cookie header, lower-cased, without the cookie's value.</summary>
    private static string SessionCookie(HttpResponseMessage response)
    {
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("federation.session=", StringComparison.Ordinal));
        return header[header.IndexOf(';')..].ToLowerInvariant();
    }

    private static void ShouldCarryTheHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
        response.Headers.GetValues("Content-Security-Policy").Should().Equal(Policy);
    }
}
