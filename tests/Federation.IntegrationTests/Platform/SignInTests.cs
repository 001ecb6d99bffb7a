using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

public sealed class SignInTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public SignInTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, _) = await CreateUser(federation.Admin, federation.Root, "leadership");
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "wrong-password-1" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var locked = await (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password }))
            .ShouldBe(HttpStatusCode.Unauthorized);
        locked.GetProperty("reason").GetString().Should().Be("locked");
    }

    [Fact]
    public async Task The_api_answers_401_without_a_session_and_sign_out_ends_it()
    {
        var admin = await factory.Admin();
        (await admin.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.PostAsync("/api/auth/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var after = await (await admin.GetAsync("/api/investment/projects")).ShouldBe(HttpStatusCode.Unauthorized);
        after.GetProperty("status").GetInt32().Should().Be(401);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, id) = await CreateUser(federation.Admin, federation.Root, "leadership");
        var user = await factory.SignedIn(userName, TestFederation.Password);
        (await user.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.OK);

        var current = await (await federation.Admin.GetAsync($"/api/admin/users/{id}")).Body();
        await (await federation.Admin.PutAsJsonAsync($"/api/admin/users/{id}", new
        {
            displayName = "停用", organisationId = federation.Root, roles = new[] { "leadership" }, disabled = true,
            version = current.GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);

        (await user.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_ones_own_password_keeps_this_session_and_the_new_password_works()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, _) = await CreateUser(federation.Admin, federation.Root, "leadership");
        var user = await factory.SignedIn(userName, TestFederation.Password);

        (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-it-123", newPassword = "Another-pass-42" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestFederation.Password, newPassword = "Another-pass-42" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await user.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        await factory.SignedIn(userName, "Another-pass-42");
    }

    [Fact]
    public async Task An_issued_token_authenticates_its_user_and_stops_working_the_moment_it_is_revoked()
    {
        var federation = await TestFederation.Create(factory);
        var (_, userId) = await CreateUser(federation.Admin, federation.Root, "integrator");
        var issued = await (await federation.Admin.PostAsJsonAsync("/api/admin/tokens", new { userId, name = "ERP 对接" }))
            .ShouldBe(HttpStatusCode.Created);
        var secret = issued.GetProperty("secret").GetString()!;
        var integrator = factory.WithToken(secret);

        await (await integrator.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).ShouldBe(HttpStatusCode.Created);
        (await integrator.GetAsync("/api/admin/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var tokenId = issued.GetProperty("token").GetProperty("id").GetGuid();
        (await federation.Admin.DeleteAsync($"/api/admin/tokens/{tokenId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await integrator.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var listed = await (await federation.Admin.GetAsync($"/api/admin/tokens?userId={userId}")).Body();
        listed[0].GetProperty("revokedAtUtc").ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Null);
        listed.ToString().Should().NotContain(secret, "only a hash of the token is kept");
    }

    [Fact]
    public async Task A_made_up_token_is_401() =>
        (await factory.WithToken("fed_made-up").GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    private static async Task<(string UserName, Guid Id)> CreateUser(HttpClient admin, Guid organisation, string role)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "测试", password = TestFederation.Password, organisationId = organisation, roles = new[] { role },
        })).ShouldBe(HttpStatusCode.Created);
        return (userName, created.GetProperty("user").Id());
    }
}
