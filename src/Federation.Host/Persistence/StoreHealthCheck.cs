using Federation.Kernel.Identity;
using Autofac;
using Federation.Host.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Host.Persistence;

/// <summary>
/// Healthy when every module's DbContext can reach its store and its tables are at this build's
/// migrations: none left to apply (another host's upgrade half done) and none unknown (a newer build's).
/// </summary>
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
            if (await MigrationState.Of(db, cancellationToken) is { Current: false } state)
                return HealthCheckResult.Unhealthy($"{type.Name}: {state.Describe()}");
        }
        return HealthCheckResult.Healthy();
    }
}

/// <summary>A context's applied migrations against the ones this build carries.</summary>
internal sealed record MigrationState(IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown, int Applied)
{
    public bool Current => Pending.Count == 0 && Unknown.Count == 0;

    public static async Task<MigrationState> Of(DbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = db.Database.GetMigrations().ToList();
        return new MigrationState(known.Except(applied).ToList(), applied.Except(known).ToList(), applied.Count);
    }

    public string Describe() => Unknown.Count > 0
        ? $"the database has migrations this build does not know ({string.Join(", ", Unknown)}): it was upgraded by a newer version"
        : $"migrations not applied yet: {string.Join(", ", Pending)}";
}
