using Autofac;
using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Host.Messaging;

/// <summary>
/// Unhealthy when an event has waited in an outbox longer than <c>Health:OutboxMaxAge</c> (default
/// five minutes): the dispatcher is stuck or the broker refuses it, and the scorecard, search and
/// reminders are falling behind the work lines.
/// </summary>
internal sealed class OutboxHealthCheck(ILifetimeScope scope, ModuleContexts contexts, TimeProvider clock, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var maxAge = configuration.GetValue("Health:OutboxMaxAge", TimeSpan.FromMinutes(5));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var inner = scope.BeginSystemScope();
        foreach (var type in contexts.Types)
        {
            var db = (ModuleDbContext)inner.Resolve(type);
            var oldest = await db.OutboxMessages.Where(m => m.SentAtUtc == null).MinAsync(m => (DateTime?)m.OccurredAtUtc, cancellationToken);
            if (oldest is { } waiting && now - waiting > maxAge)
                return HealthCheckResult.Unhealthy($"{type.Name}: an event has waited in the outbox since {waiting:O}, longer than {maxAge}.");
        }
        return HealthCheckResult.Healthy();
    }
}
