using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.SignIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Issue 24: sign-ins were barely logged. Every attempt with a password is now in the sign-in log
/// (who or the name tried, address, browser, outcome, time), which admins read in their scope, and
/// which the platform's scheduler prunes after the configured days.
/// </summary>
public sealed class SignInLogTests : IClassFixture<SignInLogTests.Host>
{
    public sealed class Host : IDisposable
    {
        public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);
        public FederationFactory Factory { get; }

        public Host() => Factory = new FederationFactory().WithClientAddresses().WithClock(Clock).With("SignInLog:RetentionDays", "30");

        public void Dispose() => Factory.Dispose();
    }

    private readonly FederationFactory factory;
    private readonly MovableClock clock;

    public SignInLogTests(Host host)
    {
        factory = host.Factory;
        clock = host.Clock;
    }

    [Fact]
    public async Task Successes_and_failures_are_logged_with_address_browser_and_outcome()
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation.Admin, federation.Root);
        var unknown = $"n{Guid.NewGuid():N}"[..16];
        var client = factory.From("192.0.2.50");
        client.DefaultRequestHeaders.UserAgent.ParseAdd("FederationTest/1.0");
        await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "Wrong-guess-1" });
        await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = unknown, password = "Wrong-guess-1" });
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password })).StatusCode.Should().Be(HttpStatusCode.OK);

        var mine = Items(await (await federation.Admin.GetAsync($"/api/admin/sign-ins?userName={userName}")).ShouldBe(HttpStatusCode.OK));
        mine.Select(e => e.GetProperty("outcome").GetString()).Should().Equal("signedIn", "wrongPassword");
        mine.Should().AllSatisfy(e =>
        {
            e.GetProperty("address").GetString().Should().Be("192.0.2.50");
            e.GetProperty("device").GetString().Should().Be("FederationTest/1.0");
            e.GetProperty("userDisplayName").GetString().Should().Be("登录记录");
            e.GetProperty("atUtc").GetDateTime().Should().BeCloseTo(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
        });
        mine[0].GetProperty("outcomeName").GetString().Should().Be("登录成功");

        var tried = Items(await (await federation.Admin.GetAsync($"/api/admin/sign-ins?userName={unknown}&outcome=unknownUser")).ShouldBe(HttpStatusCode.OK));
        tried.Should().ContainSingle().Which.GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null);
        Items(await (await federation.Admin.GetAsync("/api/admin/sign-ins?address=192.0.2.50")).ShouldBe(HttpStatusCode.OK)).Should().HaveCount(3);
    }

    [Fact]
    public async Task A_branch_admin_reads_the_sign_ins_of_their_subtrees_users_only()
    {
        var federation = await TestFederation.Create(factory);
        var inA = await CreateUser(federation.Admin, federation.BranchA);
        var inB = await CreateUser(federation.Admin, federation.BranchB);
        var unknown = $"n{Guid.NewGuid():N}"[..16];
        var client = factory.From("192.0.2.60");
        foreach (var name in new[] { inA, inB, unknown }) await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = name, password = "Wrong-guess-1" });
        var branchAdmin = await federation.User(federation.BranchA, "admin");

        var seen = Items(await (await branchAdmin.GetAsync("/api/admin/sign-ins?address=192.0.2.60")).ShouldBe(HttpStatusCode.OK));

        seen.Select(e => e.GetProperty("userName").GetString()).Should().Equal(inA);
        Items(await (await federation.Admin.GetAsync("/api/admin/sign-ins?address=192.0.2.60")).Body()).Should().HaveCount(3);
    }

    [Fact]
    public async Task The_admin_page_lists_the_log_in_chinese_with_its_filters()
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation.Admin, federation.Root);
        await factory.From("192.0.2.70").PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "Wrong-guess-1" });
        var pages = await PageClient.Admin(factory);

        var shown = await pages.Get($"/admin/sign-ins?userName={userName}");

        var rows = shown.Document.QuerySelectorAll("[data-testid=sign-in-row]");
        rows.Should().ContainSingle();
        rows[0].QuerySelector("[data-testid=sign-in-outcome]")!.TextContent.Trim().Should().Be("密码错误");
        rows[0].QuerySelector("[data-testid=sign-in-address]")!.TextContent.Trim().Should().Be("192.0.2.70");
        shown.Document.QuerySelector("h1")!.TextContent.Should().Be("登录记录");
        shown.Document.Body!.TextContent.Should().Contain("记录保留 30 天");
        var wrong = await pages.Get("/admin/sign-ins?outcome=guessed");
        wrong.Document.QuerySelector("[data-testid=error-Outcome]")!.TextContent.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Entries_older_than_the_retention_are_pruned()
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation.Admin, federation.Root);
        var client = factory.From("192.0.2.80");
        await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "Wrong-guess-1" });
        var prune = factory.Services.GetRequiredService<ILifetimeScope>().Resolve<SignInLogPrune>();
        var start = clock.GetUtcNow();
        try
        {
            SetClock(start.AddDays(29));
            await prune.Run(CancellationToken.None);
            (await Logged(userName)).Should().Be(1, "29 days are within the 30 configured");

            SetClock(start.AddDays(31));
            await prune.Run(CancellationToken.None);
            (await Logged(userName)).Should().Be(0);
        }
        finally
        {
            SetClock(start);
        }
    }

    private void SetClock(DateTimeOffset at) => clock.Set(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private async Task<int> Logged(string userName)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        return await scope.Resolve<PlatformDbContext>().SignInRecords.CountAsync(r => r.UserName == userName);
    }

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private static async Task<string> CreateUser(HttpClient admin, Guid organisation)
    {
        var userName = $"l{Guid.NewGuid():N}"[..16];
        await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "登录记录", password = TestFederation.Password, organisationId = organisation, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        return userName;
    }
}
