using Federation.Host.Organisations;
using Federation.Host.Platform;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Resources;

namespace Federation.Host.Identity;

/// <summary>Admins create users, give them roles and an organisation, reset passwords and disable accounts.</summary>
internal static class UserAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var users = admin.MapGroup("/users").WithTags("Administration: users");
        users.MapGet("/", List).RequirePermission(PlatformModule.Admin);
        users.MapGet("/{id:guid}", Get).RequirePermission(PlatformModule.Admin);
        users.MapPost("/", Create).RequirePermission(PlatformModule.Admin).Validate<CreateUserRequest>();
        users.MapPut("/{id:guid}", Update).RequirePermission(PlatformModule.Admin).Validate<UpdateUserRequest>();
        users.MapPost("/{id:guid}/password-reset", ResetPassword).RequirePermission(PlatformModule.Admin);
        admin.MapGet("/roles", (Roles roles) => TypedResults.Ok(roles.All.OrderBy(r => r.Key)))
            .WithTags("Administration: users").RequirePermission(PlatformModule.Admin);
    }

    internal sealed record UserResponse(Guid Id, string UserName, string DisplayName, Guid OrganisationId,
        IReadOnlyList<string> Roles, bool Disabled, bool LockedOut, int Version);

    internal sealed record CreatedUserResponse(UserResponse User, string? GeneratedPassword);

    internal sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, Guid? OrganisationId, List<string>? Roles);

    internal sealed record UpdateUserRequest(string? DisplayName, Guid? OrganisationId, List<string>? Roles, bool? Disabled, int? Version);

    internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
    {
        public CreateUserValidator(Roles roles)
        {
            RuleFor(r => r.UserName).RequiredText(50)
                .Matches("^[A-Za-z0-9._-]+$").WithMessage("Letters, digits, dot, dash and underscore only.");
            RuleFor(r => r.DisplayName).RequiredText(100);
            RuleFor(r => r.Password).Must(p => p is null || Passwords.IsStrongEnough(p)).WithMessage(Passwords.Rule);
            RuleFor(r => r.Roles).NotNull().WithMessage(_ => Text.Get("Required"));
            RuleForEach(r => r.Roles).Must(roles.Exists).WithMessage("Unknown role; see /api/admin/roles.");
        }
    }

    internal sealed class UpdateUserValidator : AbstractValidator<UpdateUserRequest>
    {
        public UpdateUserValidator(Roles roles)
        {
            RuleFor(r => r.DisplayName).RequiredText(100);
            RuleFor(r => r.Roles).NotNull().WithMessage(_ => Text.Get("Required"));
            RuleForEach(r => r.Roles).Must(roles.Exists).WithMessage("Unknown role; see /api/admin/roles.");
            RuleFor(r => r.Version).NotNull().WithMessage(_ => Text.Get("SendVersion"));
        }
    }

    internal sealed record ListQuery(string? Q, Guid? OrganisationId, string? Role, int? Page, int? PageSize);

    private static async Task<Ok<PagedList<UserResponse>>> List(
        [AsParameters] ListQuery query, PlatformDbContext db, ICurrentUser admin, TimeProvider clock, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var rows = db.Users.AsNoTracking().VisibleTo(admin);
        if (!string.IsNullOrWhiteSpace(query.Q))
            rows = rows.Where(u => u.UserName.Contains(query.Q.ToLower()) || u.DisplayName.Contains(query.Q));
        if (query.OrganisationId is not null) rows = rows.Where(u => u.OrganisationId == query.OrganisationId);
        var all = await rows.OrderBy(u => u.UserName).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Role)) all = all.Where(u => u.Roles.Contains(query.Role)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var items = all.Skip((page - 1) * size).Take(size).Select(u => Response(u, now)).ToList();
        return TypedResults.Ok(new PagedList<UserResponse>(items, all.Count, page, size));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> Get(
        Guid id, PlatformDbContext db, ICurrentUser admin, TimeProvider clock, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(Response(user, clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<Created<CreatedUserResponse>> Create(
        CreateUserRequest request, PlatformDbContext db, ICurrentUser admin, OrganisationTree tree, TimeProvider clock, CancellationToken ct)
    {
        var organisation = admin.OwnerFor(request.OrganisationId);
        await EnsureOrganisationExists(tree, organisation, ct);
        var name = request.UserName!.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.UserName == name, ct))
            throw new RequestRejectedException("userName", "This user name is taken.", StatusCodes.Status409Conflict);
        var generated = request.Password is null ? Passwords.Generate() : null;
        var user = new User
        {
            UserName = name,
            DisplayName = request.DisplayName!.Trim(),
            PasswordHash = Passwords.Hash(request.Password ?? generated!),
            OrganisationId = organisation,
            Roles = request.Roles!.Distinct().ToList(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/admin/users/{user.Id}",
            new CreatedUserResponse(Response(user, clock.GetUtcNow().UtcDateTime), generated));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> Update(
        Guid id, UpdateUserRequest request, PlatformDbContext db, ICurrentUser admin, OrganisationTree tree,
        UserAccounts accounts, TimeProvider clock, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return TypedResults.NotFound();
        db.ExpectVersion(user, request.Version!.Value);
        var organisation = admin.OwnerFor(request.OrganisationId ?? user.OrganisationId);
        await EnsureOrganisationExists(tree, organisation, ct);
        if (user.Id == admin.UserId && (request.Disabled == true || !request.Roles!.Contains(Roles.Admin)))
            throw new RuleViolationException("roles", "You cannot disable yourself or take away your own admin role.");
        var rolesChanged = !user.Roles.Order().SequenceEqual(request.Roles!.Distinct().Order());
        var disabledNow = request.Disabled == true && !user.Disabled;
        user.DisplayName = request.DisplayName!.Trim();
        user.OrganisationId = organisation;
        user.Roles = request.Roles!.Distinct().ToList();
        user.Disabled = request.Disabled ?? user.Disabled;
        if (rolesChanged || disabledNow) user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return TypedResults.Ok(Response(user, clock.GetUtcNow().UtcDateTime));
    }

    internal sealed record PasswordResetResponse(string TemporaryPassword);

    private static async Task<Results<Ok<PasswordResetResponse>, NotFound>> ResetPassword(
        Guid id, PlatformDbContext db, ICurrentUser admin, UserAccounts accounts, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return TypedResults.NotFound();
        var password = Passwords.Generate();
        user.PasswordHash = Passwords.Hash(password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.RecordSignIn();
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return TypedResults.Ok(new PasswordResetResponse(password));
    }

    private static async Task EnsureOrganisationExists(OrganisationTree tree, Guid organisation, CancellationToken ct)
    {
        if ((await tree.Get(ct)).Find(organisation) is null)
            throw new RequestRejectedException("organisationId", "No organisation with this id.");
    }

    private static UserResponse Response(User u, DateTime now) =>
        new(u.Id, u.UserName, u.DisplayName, u.OrganisationId, u.Roles, u.Disabled, u.IsLockedOut(now), u.Version);
}
