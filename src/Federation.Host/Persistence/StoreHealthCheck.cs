using Federation.Kernel.Identity;
using Autofac;
using Federation.Host.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Host.Persistence;

/// <summary>Healthy when every module's DbContext can reach its store.</summary>
internal sealed class StoreHealthCheck(ILifetimeScope scope, ModuleContexts contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var inner = scope.BeginSystemScope();
        foreach (var type in contexts.Types)
        {
            var db = (DbContext)inner.Resolve(type);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy($"{type.Name} cannot reach the store.");
        }
        return HealthCheckResult.Healthy();
    }
}
