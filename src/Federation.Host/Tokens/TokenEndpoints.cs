using Federation.Host.Platform;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Resources;

namespace Federation.Host.Tokens;

/// <summary>Admins issue API tokens to integrator accounts and revoke them; a token is shown once, at issue.</summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var tokens = admin.MapGroup("/tokens").WithTags("Administration: API tokens");
        tokens.MapGet("/", List).RequirePermission(PlatformModule.Admin);
        tokens.MapPost("/", Issue).RequirePermission(PlatformModule.Admin).Validate<IssueTokenRequest>();
        tokens.MapDelete("/{id:guid}", Revoke).RequirePermission(PlatformModule.Admin);
    }

    internal sealed record TokenResponse(Guid Id, Guid UserId, string Name, string Hint, DateTime CreatedAtUtc,
        DateTime? ExpiresAtUtc, DateTime? RevokedAtUtc);

    internal sealed record IssuedTokenResponse(TokenResponse Token, string Secret);

    internal sealed record IssueTokenRequest(Guid? UserId, string? Name, DateTime? ExpiresAtUtc);

    internal sealed class IssueTokenValidator : AbstractValidator<IssueTokenRequest>
    {
        public IssueTokenValidator(TimeProvider clock)
        {
            RuleFor(r => r.UserId).NotNull().WithMessage(_ => Text.Get("Required"));
            RuleFor(r => r.Name).RequiredText(100);
            RuleFor(r => r.ExpiresAtUtc).Must(e => e is null || e > clock.GetUtcNow().UtcDateTime)
                .WithMessage("The expiry must be in the future.");
        }
    }

    private static async Task<Ok<List<TokenResponse>>> List(Guid? userId, PlatformDbContext db, ICurrentUser admin, CancellationToken ct)
    {
        var visibleUsers = db.Users.VisibleTo(admin).Select(u => u.Id);
        var rows = db.ApiTokens.AsNoTracking().Where(t => visibleUsers.Contains(t.UserId));
        if (userId is not null) rows = rows.Where(t => t.UserId == userId);
        var tokens = await rows.OrderByDescending(t => t.CreatedAtUtc).ToListAsync(ct);
        return TypedResults.Ok(tokens.Select(Response).ToList());
    }

    private static async Task<Created<IssuedTokenResponse>> Issue(
        IssueTokenRequest request, PlatformDbContext db, ICurrentUser admin, CancellationToken ct)
    {
        if (!await db.Users.VisibleTo(admin).AnyAsync(u => u.Id == request.UserId, ct))
            throw new RequestRejectedException("userId", "No user with this id is visible to you.");
        var secret = TokenAuthenticationHandler.NewToken();
        var token = new ApiToken
        {
            UserId = request.UserId!.Value,
            Name = request.Name!.Trim(),
            TokenHash = TokenAuthenticationHandler.Hash(secret),
            Hint = secret[..10],
            ExpiresAtUtc = request.ExpiresAtUtc?.ToUniversalTime(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/admin/tokens/{token.Id}", new IssuedTokenResponse(Response(token), secret));
    }

    private static async Task<Results<NoContent, NotFound>> Revoke(
        Guid id, PlatformDbContext db, ICurrentUser admin, TimeProvider clock, CancellationToken ct)
    {
        var visibleUsers = db.Users.VisibleTo(admin).Select(u => u.Id);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && visibleUsers.Contains(t.UserId), ct);
        if (token is null) return TypedResults.NotFound();
        token.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static TokenResponse Response(ApiToken t) =>
        new(t.Id, t.UserId, t.Name, t.Hint, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc);
}
