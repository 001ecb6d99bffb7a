using System.Net;
using Autofac;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Telemetry;

/// <summary>
/// An event stuck in an outbox shows on 运行状态, on /metrics and on /health/ready alike; the page
/// is for top-level admins only.
/// </summary>
public sealed class StatusPageTests
{
    [Fact]
    public async Task A_stuck_event_shows_as_backlog_on_the_status_page_metrics_and_readiness_and_branch_admins_are_refused()
    {
        using var factory = new FederationFactory().WithClientAddresses();
        var world = await TestFederation.Create(factory);
        await PlantStuckEvent(factory, DateTime.UtcNow.AddHours(-2));
        // Creating the organisations was audited: the platform's handler has processed those events.
        await Eventually.Within(TimeSpan.FromSeconds(20), () => MetricsEndpointTests.Scrape(factory.From("127.0.0.1")),
            m => System.Text.RegularExpressions.Regex.IsMatch(m, @"federation_consumer_lag_seconds_count\{[^}]*module=""Platform""[^}]*\} [1-9]"));

        var admin = await PageClient.Admin(factory);
        var page = await admin.Get("/admin/status");
        page.Document.QuerySelector("h1")!.TextContent.Should().Be("运行状态");
        var platform = page.Document.QuerySelector("[data-testid=status-outbox][data-module=Platform]")!;
        int.Parse(platform.QuerySelector("[data-testid=status-backlog]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(1);
        platform.TextContent.Should().Contain("2 小时", "the planted event has waited two hours");
        platform.QuerySelectorAll("td").Last().TextContent.Should().MatchRegex(@"^[\d.]+ 秒$", "the platform's handler processed the audit records");
        page.Document.QuerySelector("[data-testid=status-outbox][data-module=Investment]")!.TextContent.Should().Contain("招商引资", "modules are named in the reader's language");
        page.Document.QuerySelector("[data-testid=status-database-size]")!.TextContent.Should().MatchRegex(@"\d+ (千字节|兆字节)");

        var metrics = await MetricsEndpointTests.Scrape(factory.From("127.0.0.1"));
        metrics.Should().MatchRegex(@"federation_outbox_backlog\{[^}]*module=""Platform""[^}]*\} [1-9]");
        metrics.Should().MatchRegex(@"federation_outbox_oldest_age_seconds\{[^}]*module=""Platform""[^}]*\} 7[0-9]{3}");

        var ready = await factory.CreateClient().GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("Platform: an event has waited in the outbox");

        var branchAdmin = await world.User(world.BranchA, "admin");
        var refused = await branchAdmin.GetAsync("/admin/status");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect, "the figures are every organisation's");
        refused.Headers.Location!.OriginalString.Should().StartWith("/forbidden");
    }

    // A row the dispatcher will not try for a day: it waits as a stuck event does.
    private static async Task PlantStuckEvent(FederationFactory factory, DateTime occurredAtUtc)
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        var db = scope.Resolve<PlatformDbContext>();
        db.OutboxMessages.Add(new OutboxMessage
        {
            EventId = Guid.NewGuid(), Type = "Federation.Tests.NeverDelivered", Payload = "{}", OccurredAtUtc = occurredAtUtc,
            Attempts = 1, NextAttemptAtUtc = DateTime.UtcNow.AddDays(1), LastError = "planted by the test",
        });
        await db.SaveChangesAsync();
    }
}
