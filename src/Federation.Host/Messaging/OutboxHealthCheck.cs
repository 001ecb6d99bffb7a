using Federation.Kernel.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Host.Messaging;

/// <summary>
/// Unhealthy when an event has waited in an outbox longer than <c>Health:OutboxMaxAge</c> (default
/// five minutes): the dispatcher is stuck or the broker refuses it, and the scorecard, search and
/// reminders are falling behind the work lines.
/// </summary>
internal sealed class OutboxHealthCheck(IOutboxBacklog backlog, TimeProvider clock, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var maxAge = configuration.GetValue("Health:OutboxMaxAge", TimeSpan.FromMinutes(5));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var module in await backlog.Measure(cancellationToken))
            if (module.OldestAge(now) > maxAge)
                return HealthCheckResult.Unhealthy($"{module.Module}: an event has waited in the outbox since {module.OldestUtc:O}, longer than {maxAge}.");
        return HealthCheckResult.Healthy();
    }
}
