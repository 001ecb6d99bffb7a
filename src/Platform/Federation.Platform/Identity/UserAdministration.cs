using Federation.Platform.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Identity.UserAdminEndpoints;
using Federation.Platform.Resources;

namespace Federation.Platform.Identity;

/// <summary>
/// The admin's user use cases, shared by the admin API and the admin pages so both refuse and
/// record the same things. Requests are validated by the caller first.
/// </summary>
internal sealed class UserAdministration(
    PlatformDbContext db, ICurrentUser admin, OrganisationTree tree, UserAccounts accounts, Sessions.UserSessions sessions,
    SignIns.SignInLocks locks, Microsoft.Extensions.Options.IOptions<PasswordOptions> passwords, TimeProvider clock)
{
    public async Task<PagedList<UserResponse>> List(ListQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var rows = db.Users.AsNoTracking().VisibleTo(admin);
        if (!string.IsNullOrWhiteSpace(query.Q))
            rows = rows.Where(u => u.UserName.Contains(query.Q.ToLower()) || u.DisplayName.Contains(query.Q));
        if (query.OrganisationId is not null) rows = rows.Where(u => u.OrganisationId == query.OrganisationId);
        // Roles are a JSON column; EF reads it with json_each, so the filter and the page stay in the database.
        if (!string.IsNullOrWhiteSpace(query.Role)) rows = rows.Where(u => u.Roles.Contains(query.Role));
        var total = await rows.CountAsync(ct);
        var users = await rows.OrderBy(u => u.UserName).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var locked = await locks.LockedNames(users.Select(u => u.UserName).ToList(), ct);
        return new PagedList<UserResponse>(users.Select(u => Response(u, now, locked.Contains(u.UserName))).ToList(), total, page, size);
    }

    public async Task<UserResponse?> Find(Guid id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        var locked = await locks.LockedNames([user.UserName], ct);
        return Response(user, clock.GetUtcNow().UtcDateTime, locked.Count > 0);
    }

    public async Task<CreatedUserResponse> Create(CreateUserRequest request, CancellationToken ct)
    {
        var organisation = admin.OwnerFor(request.OrganisationId);
        await EnsureOrganisationExists(organisation, ct);
        var name = request.UserName!.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.UserName == name, ct))
            throw new RequestRejectedException("userName", PlatformText.Get("UserNameTaken"), StatusCodes.Status409Conflict);
        var generated = request.Password is null ? Passwords.Generate() : null;
        var user = new User
        {
            UserName = name,
            DisplayName = request.DisplayName!.Trim(),
            Email = EmailAddresses.Normalise(request.Email),
            PasswordHash = Passwords.Hash(request.Password ?? generated!),
            OrganisationId = organisation,
            Roles = request.Roles!.Distinct().ToList(),
            MustChangePassword = passwords.Value.TemporaryMustBeChanged,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return new CreatedUserResponse(Response(user, clock.GetUtcNow().UtcDateTime), generated);
    }

    /// <summary>Null when the user does not exist or lies outside the admin's organisation.</summary>
    public async Task<UserResponse?> Update(Guid id, UpdateUserRequest request, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        db.ExpectVersion(user, request.Version!.Value);
        var organisation = admin.OwnerFor(request.OrganisationId ?? user.OrganisationId);
        await EnsureOrganisationExists(organisation, ct);
        if (user.Id == admin.UserId && (request.Disabled == true || !request.Roles!.Contains(Roles.Admin)))
            throw new RuleViolationException("roles", PlatformText.Get("CannotDemoteSelf"));
        var rolesChanged = !user.Roles.Order().SequenceEqual(request.Roles!.Distinct().Order());
        var disabledNow = request.Disabled == true && !user.Disabled;
        user.DisplayName = request.DisplayName!.Trim();
        user.OrganisationId = organisation;
        user.Roles = request.Roles!.Distinct().ToList();
        user.Disabled = request.Disabled ?? user.Disabled;
        // Enabling an account that awaited approval approves it: the flag never outlives the disabled state.
        if (!user.Disabled) user.AwaitingApproval = false;
        if (request.Email is not null) user.Email = EmailAddresses.Normalise(request.Email);
        if (rolesChanged || disabledNow) user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        if (disabledNow) await sessions.EndAll(user.Id, null, ct);
        return Response(user, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Lets in a user recorded at their first sign-in through the organisation's provider, with the
    /// roles chosen here. Null when the user is not the admin's; refused when they await nothing.
    /// </summary>
    public async Task<UserResponse?> Approve(Guid id, ApproveUserRequest request, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        db.ExpectVersion(user, request.Version!.Value);
        if (!user.AwaitingApproval) throw new RuleViolationException("id", PlatformText.Get("NotAwaitingApproval"));
        user.Roles = request.Roles!.Distinct().ToList();
        user.Disabled = false;
        user.AwaitingApproval = false;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        return Response(user, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The temporary password, or null when the user is not the admin's to reset.</summary>
    public async Task<string?> ResetPassword(Guid id, CancellationToken ct)
    {
        var user = await db.Users.VisibleTo(admin).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        var password = Passwords.Generate();
        user.PasswordHash = Passwords.Hash(password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.RecordSignIn();
        user.MustChangePassword = passwords.Value.TemporaryMustBeChanged;
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        await sessions.EndAll(user.Id, null, ct);
        return password;
    }

    /// <summary>Signs the user out everywhere: how many sessions ended, or null when the user is not the admin's.</summary>
    public async Task<int?> EndSessions(Guid id, CancellationToken ct)
    {
        if (!await db.Users.AsNoTracking().VisibleTo(admin).AnyAsync(u => u.Id == id, ct)) return null;
        return await sessions.EndAll(id, null, ct);
    }

    private async Task EnsureOrganisationExists(Guid organisation, CancellationToken ct)
    {
        if ((await tree.Get(ct)).Find(organisation) is null)
            throw new RequestRejectedException("organisationId", PlatformText.Get("NoSuchOrganisation"));
    }

    /// <summary>Locked out: by wrong current passwords on the account, or from some address (<paramref name="lockedSomewhere"/>).</summary>
    private static UserResponse Response(User u, DateTime now, bool lockedSomewhere = false) =>
        new(u.Id, u.UserName, u.DisplayName, u.OrganisationId, u.Roles, u.Disabled, u.IsLockedOut(now) || lockedSomewhere, u.Version, u.Email,
            u.MustChangePassword, u.AwaitingApproval);
}
