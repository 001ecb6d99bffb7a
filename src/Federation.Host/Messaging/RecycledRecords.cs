using Autofac;
using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.RecycleBin;

namespace Federation.Host.Messaging;

/// <summary>
/// Restores and purges through the owning module's own context: a restore in the caller's scope,
/// so the audit log names the admin who restored, a purge in a system scope of its own.
/// </summary>
internal sealed class RecycledRecords(ILifetimeScope scope, ModuleContexts contexts) : IRecycledRecords
{
    public Task<RecycleOutcome> Restore(string module, string recordType, string recordId, CancellationToken cancellationToken) =>
        Run(scope, module, db => db.RestoreRecycled(recordType, recordId, cancellationToken));

    public async Task<RecycleOutcome> Purge(string module, string recordType, string recordId, CancellationToken cancellationToken)
    {
        await using var system = scope.BeginSystemScope();
        return await Run(system, module, db => db.PurgeRecycled(recordType, recordId, cancellationToken));
    }

    private async Task<RecycleOutcome> Run(ILifetimeScope within, string module, Func<ModuleDbContext, Task<RecycleOutcome>> work)
    {
        await using var own = within.BeginLifetimeScope();
        foreach (var type in contexts.Types)
        {
            var db = (ModuleDbContext)own.Resolve(type);
            if (db.ModuleName == module) return await work(db);
        }
        return RecycleOutcome.ModuleNotRunning;
    }
}
