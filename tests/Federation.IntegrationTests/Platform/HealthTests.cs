using System.Net;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Federation.IntegrationTests.Platform;

/// <summary>/health answers for the store and, on RabbitMQ, for the broker: a load balancer takes a host out when either is gone.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_checks_the_store_and_on_RabbitMQ_the_bus()
    {
        using var factory = new FederationFactory();
        var response = await factory.CreateClient().GetAsync("/health");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");

        var checks = factory.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name).ToList();
        checks.Should().Contain("store");
        if (TestStore.OnPostgres) checks.Should().Contain(name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase), "the broker is checked too");
    }
}
