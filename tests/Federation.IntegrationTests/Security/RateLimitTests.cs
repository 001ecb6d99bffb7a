using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// The shipped limits (RateLimits in README's configuration table), on a host of their own: every
/// other host in the suite has generous ones. Each test speaks from addresses nobody else uses.
/// </summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.Host>
{
    public sealed class Host : IDisposable
    {
        public FederationFactory Factory { get; } = new FederationFactory().WithRealRateLimits().WithClientAddresses();
        public void Dispose() => Factory.Dispose();
    }

    private readonly FederationFactory factory;

    public RateLimitTests(Host host) => factory = host.Factory;

    [Fact]
    public async Task One_address_gets_20_sign_ins_a_minute_then_429_with_retry_after_while_another_address_goes_on()
    {
        var client = factory.From("198.51.100.1");
        for (var i = 0; i < 20; i++)
            (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = $"nobody-{i}", password = "wrong-guess-1" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var refused = await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = "nobody-x", password = "wrong-guess-1" });
        var problem = await refused.ShouldBe(HttpStatusCode.TooManyRequests);
        problem.GetProperty("status").GetInt32().Should().Be(429);
        refused.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));

        (await factory.From("198.51.100.2").PostAsJsonAsync("/api/auth/sign-in", new { userName = "nobody-y", password = "wrong-guess-1" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task One_account_gets_10_sign_ins_a_minute_from_any_number_of_addresses()
    {
        var userName = $"target-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 10; i++)
            (await factory.From($"198.51.101.{i + 1}").PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "wrong-guess-1" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var refused = await factory.From("198.51.101.100").PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "wrong-guess-1" });

        var problem = await refused.ShouldBe(HttpStatusCode.TooManyRequests);
        problem.GetProperty("errors").GetProperty("userName")[0].GetString().Should().Contain("秒");
        refused.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public async Task The_sign_in_form_past_its_limit_shows_a_readable_page_saying_when_to_try_again()
    {
        var client = factory.From("198.51.102.1");
        for (var i = 0; i < 20; i++)
            (await client.PostAsync("/sign-in", Form(("UserName", $"nobody-{i}"), ("Password", "wrong-guess-1")))).StatusCode
                .Should().NotBe(HttpStatusCode.TooManyRequests);

        var refused = await client.PostAsync("/sign-in", Form(("UserName", "nobody-x"), ("Password", "wrong-guess-1")));

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
        (refused.Content.Headers.ContentType?.MediaType).Should().Be("text/html");
        var page = await refused.Content.ReadAsStringAsync();
        page.Should().Contain("尝试过于频繁").And.Contain("秒后再试");
        (await client.GetAsync("/sign-in")).StatusCode.Should().Be(HttpStatusCode.OK, "only posting is limited");
    }

    [Fact]
    public async Task Password_changes_are_limited_per_account_and_per_address()
    {
        var admin = await SignedIn("198.51.103.1", "admin", FederationFactory.AdminPassword);
        var users = new List<HttpClient>();
        for (var i = 0; i < 3; i++) users.Add(await SignedIn("198.51.103.2", await CreateUser(admin), TestFederation.Password));

        // A weak new password is refused without counting as a wrong current one: only the limits apply.
        var weak = new { currentPassword = TestFederation.Password, newPassword = "short" };
        for (var i = 0; i < 5; i++) (await users[0].PostAsJsonAsync("/api/auth/password", weak)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var perAccount = await users[0].PostAsJsonAsync("/api/auth/password", weak);
        (await perAccount.ShouldBe(HttpStatusCode.TooManyRequests)).GetProperty("errors").TryGetProperty("currentPassword", out _).Should().BeTrue();

        for (var i = 0; i < 4; i++) (await users[1].PostAsJsonAsync("/api/auth/password", weak)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await users[2].PostAsJsonAsync("/api/auth/password", weak)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests,
            "the address has made 10 attempts for its three accounts");
        perAccount.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public async Task One_api_token_gets_300_requests_a_minute_and_one_address_600_token_requests()
    {
        var admin = await SignedIn("198.51.104.1", "admin", FederationFactory.AdminPassword);
        var me = await (await admin.GetAsync("/api/auth/me")).Body();
        var issued = await (await admin.PostAsJsonAsync("/api/admin/tokens", new { userId = me.Id(), name = "限流测试" })).ShouldBe(HttpStatusCode.Created);
        var token = factory.From("198.51.104.2");
        token.DefaultRequestHeaders.Authorization = new("Bearer", issued.GetProperty("secret").GetString());

        for (var i = 0; i < 300; i++) (await token.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await token.GetAsync("/api/auth/me");
        (await refused.ShouldBe(HttpStatusCode.TooManyRequests)).GetProperty("retryAfterSeconds").GetInt32().Should().BePositive();
        refused.Headers.RetryAfter.Should().NotBeNull();

        var guesser = factory.From("198.51.104.3");
        for (var i = 0; i < 600; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { Authorization = new("Bearer", $"fed_guess{i}") } };
            (await guesser.SendAsync(guess)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
        using var another = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { Authorization = new("Bearer", "fed_guess-more") } };
        (await guesser.SendAsync(another)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "a guessed token costs a permit like a real one");
    }

    private async Task<HttpClient> SignedIn(string address, string userName, string password)
    {
        var client = factory.From(address);
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> CreateUser(HttpClient admin)
    {
        var organisations = await (await admin.GetAsync("/api/admin/organisations")).Body();
        var userName = $"r{Guid.NewGuid():N}"[..16];
        await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "限流", password = TestFederation.Password, organisationId = organisations[0].Id(), roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        return userName;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
