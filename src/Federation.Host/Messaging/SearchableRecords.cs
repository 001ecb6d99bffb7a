using Autofac;
using Federation.Host.Modules;
using Federation.Kernel.Identity;
using Federation.Kernel.Persistence;
using Federation.Kernel.Search;

namespace Federation.Host.Messaging;

/// <summary>
/// Has every running module's context describe its searchable records again into its own outbox,
/// so the search projection learns of records saved before search existed without anyone reading
/// another module's tables.
/// </summary>
internal sealed class SearchableRecords(ILifetimeScope scope, ModuleContexts contexts) : ISearchableRecords
{
    public async Task<int> Republish(CancellationToken cancellationToken)
    {
        var described = 0;
        foreach (var type in contexts.Types)
        {
            await using var module = scope.BeginSystemScope();
            described += await ((ModuleDbContext)module.Resolve(type)).RepublishSearchEntries(cancellationToken);
        }
        return described;
    }
}
