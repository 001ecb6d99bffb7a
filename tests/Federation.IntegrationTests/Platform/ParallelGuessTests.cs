using System.Net;
using System.Net.Http.Json;
using Autofac;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Platform.Audit;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// Issue 24: parallel guesses used to collide on the user row's version, so most went uncounted
/// (50 guesses, 4 counted, the account still open). Each failure is now one UPDATE of its own.
/// </summary>
public sealed class ParallelGuessTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task Fifty_parallel_wrong_guesses_are_all_counted_and_lock_the_account_against_the_right_password()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, id) = await CreateUser(federation);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { userName, password = $"wrong-guess-{i}" });
            return response.StatusCode;
        }));

        answers.Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.Unauthorized));
        var (failures, lockedUntil) = await Lockout(userName);
        failures.Should().Be(50, "every wrong guess is counted, however they interleave");
        lockedUntil.Should().BeAfter(DateTime.UtcNow);
        (await FailedSignInsAudited(id)).Should().Be(50);

        var right = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password }))
            .ShouldBe(HttpStatusCode.Unauthorized);
        right.GetProperty("reason").GetString().Should().Be("locked");
    }

    [Fact]
    public async Task The_right_password_after_a_few_wrong_ones_signs_in_and_starts_the_count_again()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, id) = await CreateUser(federation);
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = "wrong-guess-1" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await client.PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Lockout(userName)).Should().Be((0, (DateTime?)null));
    }

    [Fact]
    public async Task Five_wrong_current_passwords_lock_the_account_and_then_refuse_the_right_one_with_retry_after()
    {
        var federation = await TestFederation.Create(factory);
        var (userName, id) = await CreateUser(federation);
        var user = await factory.SignedIn(userName, TestFederation.Password);

        for (var i = 0; i < 4; i++)
            (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = $"not-it-{i}23", newPassword = "Another-pass-42" }))
                .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var fifth = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-it-523", newPassword = "Another-pass-42" });
        fifth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        var right = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = TestFederation.Password, newPassword = "Another-pass-42" });
        var problem = await right.ShouldBe(HttpStatusCode.TooManyRequests);
        problem.GetProperty("errors").TryGetProperty("currentPassword", out _).Should().BeTrue();
        right.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.FromMinutes(10));
        (await AccountLockout(id)).LockedUntil.Should().BeAfter(DateTime.UtcNow);
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the lock holds for signing in too");
    }

    /// <summary>The count for the name from the test server's one (empty) client address.</summary>
    private async Task<(int Failures, DateTime? LockedUntil)> Lockout(string userName)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        var pair = await scope.Resolve<PlatformDbContext>().SignInLocks.AsNoTracking().SingleOrDefaultAsync(l => l.UserName == userName);
        return pair is null ? (0, null) : (pair.Failures, pair.LockedUntilUtc);
    }

    /// <summary>The account's own count: wrong current passwords when changing it.</summary>
    private async Task<(int Failures, DateTime? LockedUntil)> AccountLockout(Guid id)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        var user = await scope.Resolve<PlatformDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
        return (user.FailedSignIns, user.LockedUntilUtc);
    }

    private async Task<int> FailedSignInsAudited(Guid id)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        return await scope.Resolve<PlatformDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.EntityType == SignInAudit.EntityType && a.UserId == id && a.Action == "SignInFailed");
    }

    private static async Task<(string UserName, Guid Id)> CreateUser(TestFederation federation)
    {
        var userName = $"g{Guid.NewGuid():N}"[..16];
        var created = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "并发测试", password = TestFederation.Password, organisationId = federation.Root, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        return (userName, created.GetProperty("user").Id());
    }
}
