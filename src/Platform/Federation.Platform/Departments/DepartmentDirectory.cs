using Autofac;
using Federation.Kernel.Departments;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Departments;

/// <summary>
/// Answers which departments a record of an organisation may name: the organisation's own list, then
/// each organisation's above it up to the city's. Read from the store at each question: the lists
/// are a few dozen rows, and an admin's change counts at the next save on every host.
/// </summary>
internal sealed class DepartmentDirectory(ILifetimeScope scope, OrganisationTree tree) : IDepartmentDirectory
{
    public async Task<IReadOnlyList<string>> Names(Guid organisationId, DepartmentKind kind, CancellationToken ct)
    {
        var chain = await Chain(organisationId, ct);
        // As the system, like the organisation tree: a clerk's record names the city's departments too.
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var rows = await db.Departments.AsNoTracking().Where(d => d.Kind == kind && chain.Contains(d.OrganisationId)).ToListAsync(ct);
        return rows
            .OrderBy(d => chain.IndexOf(d.OrganisationId)).ThenBy(d => d.SortOrder).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private async Task<List<Guid>> Chain(Guid organisationId, CancellationToken ct)
    {
        var snapshot = await tree.Get(ct);
        var chain = new List<Guid>();
        for (var node = snapshot.Find(organisationId); node is not null && !chain.Contains(node.Id); node = node.ParentId is { } up ? snapshot.Find(up) : null)
            chain.Add(node.Id);
        if (chain.Count == 0) chain.Add(organisationId);
        return chain;
    }
}
