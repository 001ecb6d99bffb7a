using System.Net;
using Autofac;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Operations;

/// <summary>/health/live answers while the process runs; /health/ready only while it can serve: store, migrations, broker, outbox.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Ready_names_each_check_and_live_answers_without_any()
    {
        using var factory = new FederationFactory();
        var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await (await client.GetAsync("/health/ready")).ShouldBe(HttpStatusCode.OK);
        ready.GetProperty("status").GetString().Should().Be("Healthy");
        ready.GetProperty("checks").GetProperty("store").GetProperty("status").GetString().Should().Be("Healthy");
        ready.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task An_event_stuck_in_an_outbox_past_the_configured_age_makes_the_host_not_ready()
    {
        using var factory = new FederationFactory().With("Health:OutboxMaxAge", "00:01:00");
        var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        // An event no loaded module can read: the dispatcher retries it forever and it never leaves the outbox.
        await using (var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope())
        {
            var db = scope.Resolve<PlatformDbContext>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                EventId = Guid.NewGuid(), Type = "Federation.Tests.NoSuchEvent", Payload = "{}",
                OccurredAtUtc = DateTime.UtcNow.AddMinutes(-2),
            });
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/health/ready");
        var body = await response.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString().Should().Be("Unhealthy");
        body.GetProperty("checks").GetProperty("outbox").GetProperty("description").GetString().Should().Contain("outbox");
        body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString().Should().Be("Healthy");
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is fine: restarting it would not help");
    }
}
