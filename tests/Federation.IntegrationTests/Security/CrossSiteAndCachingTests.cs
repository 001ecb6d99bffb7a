using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Issue 24's low findings on requests and answers: a cookie-signed API change that another site
/// made the browser send is refused (even one without a body), while the app's own pages, other
/// clients and bearer tokens go through; and nothing that may hold personal data is cached.
/// </summary>
public sealed class CrossSiteAndCachingTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    public async Task A_bodyless_change_sent_from_another_site_is_refused_and_changes_nothing(string header, string value)
    {
        var admin = await factory.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        request.Headers.Add(header, value);

        var refused = await (await admin.SendAsync(request)).ShouldBe(HttpStatusCode.Forbidden);

        refused.GetProperty("errors").GetProperty("origin")[0].GetString().Should().Contain("其他网站");
        (await admin.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the session was not ended");
    }

    [Fact]
    public async Task A_record_posted_from_another_site_is_not_recorded()
    {
        var admin = await factory.Admin();
        var project = InvestmentRequests.Project();
        var name = $"跨站项目{Guid.NewGuid():N}";
        project["name"] = name;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/investment/projects") { Content = JsonContent.Create(project) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        await (await admin.SendAsync(request)).ShouldBe(HttpStatusCode.Forbidden);

        var list = await (await admin.GetAsync($"/api/investment/projects?q={Uri.EscapeDataString(name)}")).Body();
        list.GetProperty("total").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Origin", "http://localhost")]
    public async Task The_apps_own_pages_change_things_as_before(string header, string value)
    {
        var admin = await factory.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications/read-all");
        request.Headers.Add(header, value);

        (await admin.SendAsync(request)).IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task A_bearer_token_is_not_a_browsers_cookie_and_is_not_refused()
    {
        var admin = await factory.Admin();
        var me = await (await admin.GetAsync("/api/auth/me")).Body();
        var issued = await (await admin.PostAsJsonAsync("/api/admin/tokens", new { userId = me.Id(), name = "跨站测试" }))
            .ShouldBe(HttpStatusCode.Created);
        var client = factory.WithToken(issued.GetProperty("secret").GetString()!);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/investment/projects") { Content = JsonContent.Create(InvestmentRequests.Project()) };
        request.Headers.Add("Origin", "https://integrator.example");

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/api/investment/projects")]
    [InlineData("/")]
    [InlineData("/investment/projects")]
    public async Task Answers_that_may_hold_personal_data_are_not_stored_by_caches(string path)
    {
        var admin = await factory.Admin();

        var response = await admin.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task An_export_is_not_stored_by_caches()
    {
        var admin = await factory.Admin();

        var response = await admin.GetAsync("/investment/projects?handler=Export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition.Should().NotBeNull();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task A_stylesheet_stays_cacheable()
    {
        var response = await factory.CreateClient().GetAsync("/css/site.css");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore ?? false).Should().BeFalse();
    }
}
