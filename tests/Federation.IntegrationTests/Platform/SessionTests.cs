using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// Issue 24: a cookie copied before signing out kept working for ten hours. Each sign-in is now a
/// session row the cookie names; ending the row ends every copy of the cookie at once.
/// </summary>
public sealed class SessionTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_signing_out_is_refused_after_it()
    {
        var (userName, _) = await CreateUser();
        var cookie = await SignInCookie(userName);
        var browser = WithCookie(cookie);
        var copy = WithCookie(cookie);
        (await copy.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await browser.PostAsync("/api/auth/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await copy.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await copy.GetAsync("/account/sessions");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/sign-in");
    }

    [Fact]
    public async Task Ending_a_session_from_the_list_signs_that_browser_out_and_keeps_this_one()
    {
        var (userName, _) = await CreateUser();
        var here = WithCookie(await SignInCookie(userName, "Mozilla/5.0 (Windows NT 10.0) 办公室电脑"));
        var there = WithCookie(await SignInCookie(userName, "Mozilla/5.0 (iPhone) 手机"));

        var sessions = await (await here.GetAsync("/api/auth/sessions")).ShouldBe(HttpStatusCode.OK);
        sessions.GetArrayLength().Should().Be(2);
        var current = sessions.EnumerateArray().Single(s => s.GetProperty("current").GetBoolean());
        current.GetProperty("device").GetString().Should().Contain("办公室电脑");
        var other = sessions.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean());
        other.GetProperty("device").GetString().Should().Contain("手机");

        (await here.DeleteAsync($"/api/auth/sessions/{other.Id()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await there.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await here.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await here.GetAsync("/api/auth/sessions")).Body()).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task The_sessions_page_lists_the_users_sessions_and_ends_one_of_them()
    {
        var (userName, _) = await CreateUser();
        var there = WithCookie(await SignInCookie(userName, "Mozilla/5.0 (iPhone) 手机"));
        var pages = await PageClient.SignedIn(factory, userName, TestFederation.Password);

        var shown = await pages.Get("/account/sessions");
        shown.Document.QuerySelector("h1")!.TextContent.Should().Be("我的登录会话");
        shown.Document.QuerySelectorAll("[data-testid^='session-']").Should().HaveCount(2);
        shown.Document.QuerySelectorAll("[data-testid='this-session']").Should().ContainSingle();
        // The browser by the name a person knows; the user-agent string stays in the tooltip.
        var phone = shown.Document.QuerySelectorAll("tr[data-testid^='session-']").Single(r => r.TextContent.Contains("iOS"));
        phone.QuerySelector("[title]")!.GetAttribute("title").Should().Be("Mozilla/5.0 (iPhone) 手机");

        var ended = await pages.Submit(shown.Document, $"tr[data-testid='{phone.GetAttribute("data-testid")}'] form");

        ended.Document.QuerySelector("[data-testid='session-ended']").Should().NotBeNull();
        (await there.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await pages.Get("/account/sessions")).Document.QuerySelectorAll("tr[data-testid^='session-']").Should().ContainSingle();
    }

    [Fact]
    public async Task One_cannot_end_another_users_session()
    {
        var (victim, _) = await CreateUser();
        var (intruder, _) = await CreateUser();
        var victimBrowser = WithCookie(await SignInCookie(victim));
        var intruderBrowser = await factory.SignedIn(intruder, TestFederation.Password);
        var victimSession = (await (await victimBrowser.GetAsync("/api/auth/sessions")).Body())[0].Id();

        (await intruderBrowser.DeleteAsync($"/api/auth/sessions/{victimSession}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await victimBrowser.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_ends_all_of_a_users_sessions_and_a_password_reset_does_too()
    {
        var admin = await factory.Admin();
        var (userName, id) = await CreateUser();
        var first = WithCookie(await SignInCookie(userName));
        var second = WithCookie(await SignInCookie(userName));
        (await (await admin.GetAsync($"/api/admin/users/{id}/sessions")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(2);

        var ended = await (await admin.DeleteAsync($"/api/admin/users/{id}/sessions")).ShouldBe(HttpStatusCode.OK);

        ended.GetProperty("ended").GetInt32().Should().Be(2);
        (await first.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await admin.GetAsync($"/api/admin/users/{id}/sessions")).Body()).GetArrayLength().Should().Be(0);

        WithCookie(await SignInCookie(userName));
        (await admin.PostAsync($"/api/admin/users/{id}/password-reset", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await admin.GetAsync($"/api/admin/users/{id}/sessions")).Body()).GetArrayLength().Should().Be(0, "a reset signs the user out everywhere");
    }

    [Fact]
    public async Task The_admins_user_page_ends_the_users_sessions()
    {
        var (userName, id) = await CreateUser();
        var browser = WithCookie(await SignInCookie(userName));
        var pages = await PageClient.Admin(factory);
        var shown = await pages.Get($"/admin/users/{id}");
        shown.Document.QuerySelector("[data-testid='session-count']")!.TextContent.Should().Contain("1");

        var ended = await pages.Submit(shown.Document, "[data-testid='end-sessions-form']");

        ended.Document.QuerySelector("[data-testid='sessions-ended']")!.TextContent.Should().Contain("1");
        (await browser.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    /// <summary>Signs in without a cookie jar and answers the session cookie, as one would copy it out of a browser.</summary>
    private async Task<string> SignInCookie(string userName, string device = "Mozilla/5.0 测试浏览器")
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in")
        {
            Content = JsonContent.Create(new { userName, password = TestFederation.Password }),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", device);
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("federation.session=", StringComparison.Ordinal)).Split(';')[0];
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<(string UserName, Guid Id)> CreateUser()
    {
        var federation = await TestFederation.Create(factory);
        var userName = $"s{Guid.NewGuid():N}"[..16];
        var created = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "会话测试", password = TestFederation.Password, organisationId = federation.Root, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        return (userName, created.GetProperty("user").Id());
    }
}
