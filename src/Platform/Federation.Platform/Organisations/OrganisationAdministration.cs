using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Organisations.OrganisationEndpoints;
using Federation.Platform.Resources;

namespace Federation.Platform.Organisations;

/// <summary>
/// Reading and changing the organisation tree, shared by the admin API and the admin pages.
/// Requests are validated by the caller first; every change reloads the in-memory tree.
/// </summary>
internal sealed class OrganisationAdministration(PlatformDbContext db, ICurrentUser user, OrganisationTree tree)
{
    /// <summary>The organisations the user may see: all of them for the root, else their own subtree.</summary>
    public async Task<List<OrganisationResponse>> List(CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return rows.Where(o => user.SeesEverything || user.CanAccess(o.Id)).Select(Response).ToList();
    }

    public async Task<OrganisationResponse> Create(OrganisationRequest request, CancellationToken ct)
    {
        var parent = user.OwnerFor(request.ParentId, "parentId");
        if ((await tree.Get(ct)).Find(parent) is null)
            throw new RequestRejectedException("parentId", PlatformText.Get("NoSuchOrganisation"));
        await EnsureNameFree(request.Name!.Trim(), null, ct);
        var organisation = new Organisation { Name = request.Name!.Trim() };
        Apply(organisation, request, parent);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        await tree.Reload(ct);
        return Response(organisation);
    }

    /// <summary>Null when the organisation does not exist or lies outside the user's subtree.</summary>
    public async Task<OrganisationResponse?> Update(Guid id, OrganisationRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null || !user.CanAccess(id)) return null;
        db.ExpectVersion(organisation, request.Version);
        if (organisation.ParentId is null)
            throw new RuleViolationException("parentId", PlatformText.Get("RootStaysRoot"));
        var parent = user.OwnerFor(request.ParentId, "parentId");
        var snapshot = await tree.Get(ct);
        if (snapshot.Find(parent) is null) throw new RequestRejectedException("parentId", PlatformText.Get("NoSuchOrganisation"));
        if (snapshot.WouldCycle(id, parent))
            throw new RuleViolationException("parentId", PlatformText.Get("OrganisationCycle"));
        await EnsureNameFree(request.Name!.Trim(), id, ct);
        Apply(organisation, request, parent);
        await db.SaveChangesAsync(ct);
        await tree.Reload(ct);
        return Response(organisation);
    }

    private async Task EnsureNameFree(string name, Guid? except, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Id != except, ct))
            throw new RequestRejectedException("name", PlatformText.Get("OrganisationNameTaken"), StatusCodes.Status409Conflict);
    }

    private static void Apply(Organisation organisation, OrganisationRequest request, Guid parent)
    {
        organisation.Name = request.Name!.Trim();
        organisation.NameEn = request.NameEn?.Trim();
        organisation.Kind = request.Kind!.Value;
        organisation.ParentId = parent;
        organisation.Town = request.Town?.Trim();
    }

    private static OrganisationResponse Response(Organisation o) => new(o.Id, o.Name, o.NameEn, o.Kind, o.ParentId, o.Town, o.Version);
}
