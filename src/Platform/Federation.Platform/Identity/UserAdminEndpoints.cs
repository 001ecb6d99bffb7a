using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Federation.Kernel.Resources;
using Federation.Platform.Resources;

namespace Federation.Platform.Identity;

/// <summary>Admins create users, give them roles and an organisation, reset passwords and disable accounts.</summary>
internal static class UserAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var users = admin.MapGroup("/users").WithTag("Administration: users", "User accounts, their roles and sessions, for administrators.");
        users.MapGet("/", List).RequirePermission(PlatformModule.Admin)
            .Describe("adminUsersList", "List users",
                "Pages through the users of the caller's organisations (filters q, organisationId, role).");
        users.MapGet("/{id:guid}", Get).RequirePermission(PlatformModule.Admin)
            .Describe("adminUsersGet", "Read a user",
                "Answers one user with roles, organisation and whether the account is locked out.");
        users.MapPost("/", Create).RequirePermission(PlatformModule.Admin).Validate<CreateUserRequest>()
            .Describe("adminUsersCreate", "Create a user",
                "Creates an account in one of the caller's organisations (201); a generated password is answered once and must be changed at first sign-in.");
        users.MapPut("/{id:guid}", Update).RequirePermission(PlatformModule.Admin).Validate<UpdateUserRequest>()
            .Describe("adminUsersUpdate", "Change a user",
                "Changes the user's name, roles, organisation or disables the account; send the version you read.");
        users.MapPost("/{id:guid}/password-reset", ResetPassword).RequirePermission(PlatformModule.Admin)
            .Describe("adminUsersResetPassword", "Reset a user's password",
                "Sets a new generated password, answered once, ends the user's sessions and asks for a change at the next sign-in.");
        admin.MapGet("/roles", (Roles roles) => TypedResults.Ok(roles.All.OrderBy(r => r.Key)))
            .WithTags("Administration: users").RequirePermission(PlatformModule.Admin)
            .Describe("adminRolesList", "List roles",
                "The roles an administrator can give, each with the permissions it grants.");
    }

    internal sealed record UserResponse(Guid Id, string UserName, string DisplayName, Guid OrganisationId,
        IReadOnlyList<string> Roles, bool Disabled, bool LockedOut, int Version, string? Email, bool MustChangePassword);

    internal sealed record CreatedUserResponse(UserResponse User, string? GeneratedPassword);

    /// <summary>Email is optional: clients written before it existed send none.</summary>
    internal sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, Guid? OrganisationId, List<string>? Roles,
        string? Email = null);

    /// <summary>
    /// Like the organisation and the disabled flag, an email left out (null) keeps the stored one,
    /// so older clients do not erase it; an empty string removes it.
    /// </summary>
    internal sealed record UpdateUserRequest(string? DisplayName, Guid? OrganisationId, List<string>? Roles, bool? Disabled, int? Version,
        string? Email = null);

    internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
    {
        public CreateUserValidator(Roles roles)
        {
            RuleFor(r => r.UserName).RequiredText(50)
                .Matches("^[A-Za-z0-9._-]+$").WithMessage(_ => PlatformText.Get("UserNameCharacters"));
            RuleFor(r => r.DisplayName).RequiredText(100);
            RuleFor(r => r.Email).ValidEmailAddress();
            RuleFor(r => r.Password).Must((r, p) => p is null || Passwords.Weakness(p, r.UserName) is null)
                .WithMessage((r, p) => Passwords.Weakness(p, r.UserName) ?? "");
            RuleFor(r => r.Roles).NotNull().WithMessage(_ => Text.Get("RequiredField"));
            RuleForEach(r => r.Roles).Must(roles.Exists).WithMessage(_ => PlatformText.Get("UnknownRole"));
        }
    }

    internal sealed class UpdateUserValidator : AbstractValidator<UpdateUserRequest>
    {
        public UpdateUserValidator(Roles roles)
        {
            RuleFor(r => r.DisplayName).RequiredText(100);
            RuleFor(r => r.Email).ValidEmailAddress();
            RuleFor(r => r.Roles).NotNull().WithMessage(_ => Text.Get("RequiredField"));
            RuleForEach(r => r.Roles).Must(roles.Exists).WithMessage(_ => PlatformText.Get("UnknownRole"));
            RuleFor(r => r.Version).NotNull().WithMessage(_ => Text.Get("SendVersion"));
        }
    }

    internal sealed record ListQuery(string? Q, Guid? OrganisationId, string? Role, int? Page, int? PageSize);

    internal sealed record PasswordResetResponse(string TemporaryPassword);

    private static async Task<Ok<PagedList<UserResponse>>> List(
        [AsParameters] ListQuery query, UserAdministration users, CancellationToken ct) =>
        TypedResults.Ok(await users.List(query, ct));

    private static async Task<Results<Ok<UserResponse>, NotFound>> Get(Guid id, UserAdministration users, CancellationToken ct) =>
        await users.Find(id, ct) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();

    private static async Task<Created<CreatedUserResponse>> Create(
        CreateUserRequest request, UserAdministration users, CancellationToken ct)
    {
        var created = await users.Create(request, ct);
        return TypedResults.Created($"/api/admin/users/{created.User.Id}", created);
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> Update(
        Guid id, UpdateUserRequest request, UserAdministration users, CancellationToken ct) =>
        await users.Update(id, request, ct) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();

    private static async Task<Results<Ok<PasswordResetResponse>, NotFound>> ResetPassword(
        Guid id, UserAdministration users, CancellationToken ct) =>
        await users.ResetPassword(id, ct) is { } password
            ? TypedResults.Ok(new PasswordResetResponse(password))
            : TypedResults.NotFound();
}
