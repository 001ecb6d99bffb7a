using Federation.Kernel.Departments;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Departments;

/// <summary>
/// Reading and changing the organisations' department lists, shared by the admin API, the admin page
/// and the demo. Requests are validated by the caller first. An admin keeps the lists of the
/// organisations in their subtree; renaming a department does not rename it on records already
/// made, which keep the name they were given (DepartmentChecks accepts a record's own name back).
/// </summary>
internal sealed class DepartmentAdministration(PlatformDbContext db, ICurrentUser user)
{
    public async Task<List<DepartmentResponse>> List(DepartmentQuery query, CancellationToken ct)
    {
        var rows = db.Departments.AsNoTracking().VisibleTo(user);
        if (query.OrganisationId is { } organisation) rows = rows.Where(d => d.OrganisationId == organisation);
        if (query.Kind is { } kind) rows = rows.Where(d => d.Kind == kind);
        var list = await rows.ToListAsync(ct);
        return list.OrderBy(d => d.OrganisationId).ThenBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(DepartmentResponse.From).ToList();
    }

    /// <summary>Null when there is no such department the user can see.</summary>
    public async Task<DepartmentResponse?> Find(Guid id, CancellationToken ct) =>
        await db.Departments.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, ct) is { } d ? DepartmentResponse.From(d) : null;

    public async Task<DepartmentResponse> Create(DepartmentRequest request, CancellationToken ct)
    {
        var organisation = user.OwnerFor(request.OrganisationId);
        var kind = request.Kind!.Value;
        var others = await db.Departments.Where(d => d.OrganisationId == organisation && d.Kind == kind).ToListAsync(ct);
        var department = new Department
        {
            OrganisationId = organisation, Kind = kind, Name = request.Name!.Trim(),
            SortOrder = request.SortOrder ?? others.Select(d => d.SortOrder).DefaultIfEmpty(0).Max() + 10,
        };
        EnsureFree(department.Name, others);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return DepartmentResponse.From(department);
    }

    /// <summary>Renames or moves a department within its list; its organisation and kind stay. Null when there is no such department.</summary>
    public async Task<DepartmentResponse?> Update(Guid id, DepartmentRequest request, CancellationToken ct)
    {
        if (await db.Departments.VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } department) return null;
        db.ExpectVersion(department, request.Version);
        if (request.OrganisationId is { } moved && moved != department.OrganisationId)
            throw new RequestRejectedException("organisationId", PlatformText.Get("DepartmentStaysWithItsOrganisation"));
        if (request.Kind != department.Kind)
            throw new RequestRejectedException("kind", PlatformText.Get("DepartmentKeepsItsKind"));
        var others = await db.Departments
            .Where(d => d.OrganisationId == department.OrganisationId && d.Kind == department.Kind && d.Id != id).ToListAsync(ct);
        department.Name = request.Name!.Trim();
        EnsureFree(department.Name, others);
        department.SortOrder = request.SortOrder ?? department.SortOrder;
        await db.SaveChangesAsync(ct);
        return DepartmentResponse.From(department);
    }

    /// <summary>Takes the department off its list (records naming it keep the name); false when there is no such department.</summary>
    public async Task<bool> Remove(Guid id, int? version, CancellationToken ct)
    {
        if (await db.Departments.VisibleTo(user).FirstOrDefaultAsync(d => d.Id == id, ct) is not { } department) return false;
        db.ExpectVersion(department, version);
        db.Departments.Remove(department);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void EnsureFree(string name, IEnumerable<Department> others)
    {
        if (others.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new RuleViolationException("name", string.Format(PlatformText.Get("DepartmentNameTaken"), name));
    }
}
