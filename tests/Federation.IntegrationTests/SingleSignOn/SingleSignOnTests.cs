using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.SingleSignOn;

/// <summary>
/// Signing in with the organisation's identity (issue 26, ADR 0035), end to end: the real host and
/// a real OpenID Connect provider, the authorization-code flow driven through both by a browser.
/// </summary>
public sealed class SingleSignOnTests(TestProvider provider) : IClassFixture<TestProvider>
{
    private FederationFactory Federation(params (string Key, string Value)[] settings)
    {
        var factory = new FederationFactory()
            .With("SingleSignOn:Authority", provider.Authority)
            .With("SingleSignOn:ClientId", TestProvider.ClientId)
            .With("SingleSignOn:ClientSecret", TestProvider.ClientSecret);
        foreach (var (key, value) in settings) factory.With(key, value);
        return factory;
    }

    private static async Task<Guid> CreateUser(HttpClient admin, string userName, params string[] roles)
    {
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "测试用户", password = TestFederation.Password, roles,
        })).ShouldBe(HttpStatusCode.Created);
        return created.GetProperty("user").Id();
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_known_user_signs_in_at_the_provider_into_a_session_here_with_the_roles_its_claim_maps_to()
    {
        using var factory = Federation(("SingleSignOn:RolesClaim", "role"), ("SingleSignOn:RoleMap:leaders", "leadership"),
            ("SingleSignOn:RoleMap:branch", "branch-staff"));
        var admin = await factory.Admin();
        var name = Unique("wang");
        await CreateUser(admin, name, "integrator");
        provider.AtTheDesk = new ProviderPerson(name, "王伟", $"{name}@example.org", "leaders", "branch", "unmapped");
        using var browser = new TwoSiteBrowser(factory);

        var landing = await browser.SignInAtTheProvider();

        landing.Status.Should().Be(HttpStatusCode.OK);
        landing.At.AbsolutePath.Should().Be("/", "the round trip ends on the home page:\n{0}", landing.Html);
        var me = await (await browser.App.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        me.GetProperty("userName").GetString().Should().Be(name);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().BeEquivalentTo("leadership", "branch-staff");
        me.GetProperty("mustChangePassword").GetBoolean().Should().BeFalse();
        var sessions = await (await browser.App.GetAsync("/api/auth/sessions")).ShouldBe(HttpStatusCode.OK);
        sessions.GetArrayLength().Should().Be(1);
        (await SignInLog(admin, name)).Should().Equal("signedIn");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider_and_the_old_cookie_stops_working()
    {
        using var factory = Federation();
        var admin = await factory.Admin();
        var name = Unique("chen");
        await CreateUser(admin, name, "leadership");
        provider.AtTheDesk = new ProviderPerson(name, "陈静", $"{name}@example.org");
        using var browser = new TwoSiteBrowser(factory);
        await browser.SignInAtTheProvider();
        (await browser.SignedInAs()).Should().Be(name);
        var cookie = browser.Jar.GetCookieHeader(new Uri("https://localhost/"));
        var endedBefore = provider.EndedSessions;

        var landing = await browser.SignOut();

        landing.At.AbsolutePath.Should().Be("/sign-in", "sign-out comes back from the provider to the sign-in page:\n{0}", landing.Html);
        provider.EndedSessions.Should().Be(endedBefore + 1);
        (await browser.SignedInAs()).Should().BeNull();
        using var copied = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false,
        });
        copied.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copied.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        // The provider's own session ended too: the next sign-in asks it to log in again.
        var loginsBefore = provider.Logins;
        await browser.SignInAtTheProvider();
        provider.Logins.Should().Be(loginsBefore + 1);
    }

    [Fact]
    public async Task A_person_the_provider_knows_but_this_product_does_not_is_refused_with_a_page_saying_why()
    {
        using var factory = Federation();
        var admin = await factory.Admin();
        var name = Unique("zhao");
        provider.AtTheDesk = new ProviderPerson(name, "赵敏", $"{name}@example.org");
        using var browser = new TwoSiteBrowser(factory);

        var landing = await browser.SignInAtTheProvider();

        landing.At.PathAndQuery.Should().Be("/sign-in?refused=unknown");
        landing.Html.Should().Contain("本系统中没有对应的用户");
        (await browser.SignedInAs()).Should().BeNull();
        var users = await (await admin.GetAsync($"/api/admin/users?q={name}")).ShouldBe(HttpStatusCode.OK);
        users.GetProperty("total").GetInt32().Should().Be(0, "an unknown person is not recorded unless CreateUnknownUsers is on");
        (await SignInLog(admin, name)).Should().Equal("unknownUser");
    }

    [Fact]
    public async Task With_unknown_users_created_a_newcomer_waits_for_an_admin_with_no_roles_and_is_let_in_once_approved()
    {
        using var factory = Federation(("SingleSignOn:CreateUnknownUsers", "true"));
        var admin = await factory.Admin();
        var name = Unique("li");
        provider.AtTheDesk = new ProviderPerson(name, "李娜", $"{name}@example.org");
        using var browser = new TwoSiteBrowser(factory);

        (await browser.SignInAtTheProvider()).At.PathAndQuery.Should().Be("/sign-in?refused=pending");
        (await browser.SignedInAs()).Should().BeNull();
        var listed = await (await admin.GetAsync($"/api/admin/users?q={name}")).ShouldBe(HttpStatusCode.OK);
        var user = listed.GetProperty("items").EnumerateArray().Single();
        user.GetProperty("awaitingApproval").GetBoolean().Should().BeTrue();
        user.GetProperty("disabled").GetBoolean().Should().BeTrue();
        user.GetProperty("roles").GetArrayLength().Should().Be(0);
        user.GetProperty("displayName").GetString().Should().Be("李娜");
        var page = await PageClient.Admin(factory);
        (await page.Get("/admin/users?q=" + name)).TestId("awaiting-approval");

        var again = await browser.SignInAtTheProvider();
        again.At.PathAndQuery.Should().Be("/sign-in?refused=pending", "an account awaiting approval stays out");
        again.Html.Should().Contain("正在等待管理员审核");
        (await SignInLog(admin, name)).Should().Equal("awaitingApproval", "awaitingApproval");

        var edit = await page.Get($"/admin/users/{user.Id()}");
        var approved = await page.Submit(edit.Document, "[data-testid='approve-form']", ("Roles", "leadership"));
        approved.TestId("approved");

        (await browser.SignInAtTheProvider()).At.AbsolutePath.Should().Be("/");
        var me = await (await browser.App.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("leadership");
        (await admin.PostAsJsonAsync($"/api/admin/users/{user.Id()}/approval", new { roles = new[] { "leadership" }, version = 99 }))
            .StatusCode.Should().NotBe(HttpStatusCode.OK, "an approved user awaits nothing");
    }

    [Fact]
    public async Task With_password_sign_in_off_the_form_is_gone_and_the_password_api_refuses_naming_the_field()
    {
        using var factory = Federation(("SingleSignOn:PasswordSignIn", "false"));
        using var browser = new TwoSiteBrowser(factory);

        var refused = await (await browser.App.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = FederationFactory.AdminPassword }))
            .ShouldBe(HttpStatusCode.Forbidden);
        refused.GetProperty("reason").GetString().Should().Be("password-sign-in-off");
        refused.GetProperty("errors").TryGetProperty("password", out _).Should().BeTrue();
        var page = await browser.Go("/sign-in");
        page.Html.Should().Contain("使用统一身份认证登录").And.NotContain("data-testid=\"password-sign-in\"");
    }

    [Fact]
    public async Task Without_an_authority_the_sign_in_page_offers_only_the_password()
    {
        using var factory = new FederationFactory().With("SingleSignOn:PasswordSignIn", "false");
        using var browser = new TwoSiteBrowser(factory);

        var page = await browser.Go("/sign-in");

        page.Html.Should().Contain("data-testid=\"password-sign-in\"").And.NotContain("organisation-sign-in");
        (await browser.App.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = FederationFactory.AdminPassword }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "password sign-in cannot be switched off while there is no provider to sign in with");
    }

    /// <summary>How the sign-ins logged under <paramref name="userName"/> ended, newest first.</summary>
    private static async Task<IReadOnlyList<string?>> SignInLog(HttpClient admin, string userName)
    {
        var log = await (await admin.GetAsync($"/api/admin/sign-ins?userName={userName}")).ShouldBe(HttpStatusCode.OK);
        return log.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("userName").GetString() == userName)
            .Select(r => r.GetProperty("outcome").GetString()).ToList();
    }
}
