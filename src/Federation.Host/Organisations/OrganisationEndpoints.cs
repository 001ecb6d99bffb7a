using Federation.Host.Platform;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Resources;

namespace Federation.Host.Organisations;

/// <summary>The organisation tree: every signed-in user reads their part; admins add and rename nodes.</summary>
internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var organisations = admin.MapGroup("/organisations").WithTags("Administration: organisations");
        organisations.MapGet("/", List).RequireAuthorization();
        organisations.MapPost("/", Create).RequirePermission(PlatformModule.Admin).Validate<OrganisationRequest>();
        organisations.MapPut("/{id:guid}", Update).RequirePermission(PlatformModule.Admin).Validate<OrganisationRequest>();
    }

    internal sealed record OrganisationResponse(Guid Id, string Name, string? NameEn, OrganisationKind Kind, Guid? ParentId, string? Town, int Version);

    internal sealed record OrganisationRequest(string? Name, string? NameEn, OrganisationKind? Kind, Guid? ParentId, string? Town, int? Version);

    internal sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
    {
        public OrganisationRequestValidator()
        {
            RuleFor(r => r.Name).RequiredText(100);
            RuleFor(r => r.NameEn).OptionalText(200);
            RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("Required")).IsInEnum()
                .NotEqual(OrganisationKind.CityFederation).WithMessage("There is one city federation, at the root; add branches or associations.");
            RuleFor(r => r.ParentId).NotNull().WithMessage(_ => Text.Get("Required"));
            RuleFor(r => r.Town).OptionalText(50);
        }
    }

    private static async Task<Ok<List<OrganisationResponse>>> List(PlatformDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return TypedResults.Ok(rows.Where(o => user.SeesEverything || user.CanAccess(o.Id))
            .Select(o => new OrganisationResponse(o.Id, o.Name, o.NameEn, o.Kind, o.ParentId, o.Town, o.Version)).ToList());
    }

    private static async Task<Created<OrganisationResponse>> Create(
        OrganisationRequest request, PlatformDbContext db, ICurrentUser admin, OrganisationTree tree, CancellationToken ct)
    {
        var parent = admin.OwnerFor(request.ParentId, "parentId");
        if ((await tree.Get(ct)).Find(parent) is null)
            throw new RequestRejectedException("parentId", "No organisation with this id.");
        await EnsureNameFree(db, request.Name!.Trim(), null, ct);
        var organisation = new Organisation { Name = request.Name!.Trim() };
        Apply(organisation, request, parent);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        tree.Invalidate();
        return TypedResults.Created($"/api/admin/organisations/{organisation.Id}", Response(organisation));
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> Update(
        Guid id, OrganisationRequest request, PlatformDbContext db, ICurrentUser admin, OrganisationTree tree, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null || !admin.CanAccess(id)) return TypedResults.NotFound();
        db.ExpectVersion(organisation, request.Version ?? throw new RequestRejectedException("version", Text.Get("SendVersion")));
        if (organisation.ParentId is null)
            throw new RuleViolationException("parentId", "The city federation stays at the root of the tree.");
        var parent = admin.OwnerFor(request.ParentId, "parentId");
        var snapshot = await tree.Get(ct);
        if (snapshot.Find(parent) is null) throw new RequestRejectedException("parentId", "No organisation with this id.");
        if (snapshot.WouldCycle(id, parent))
            throw new RuleViolationException("parentId", "An organisation cannot sit beneath itself or its own branches.");
        await EnsureNameFree(db, request.Name!.Trim(), id, ct);
        Apply(organisation, request, parent);
        await db.SaveChangesAsync(ct);
        tree.Invalidate();
        return TypedResults.Ok(Response(organisation));
    }

    private static async Task EnsureNameFree(PlatformDbContext db, string name, Guid? except, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == name && o.Id != except, ct))
            throw new RequestRejectedException("name", "Another organisation has this name.", StatusCodes.Status409Conflict);
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
