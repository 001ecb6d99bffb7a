using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Tokens.TokenEndpoints;
using Federation.Platform.Resources;

namespace Federation.Platform.Tokens;

/// <summary>
/// Issuing and revoking API tokens, shared by the admin API and the admin pages. Admins reach
/// only the tokens of users in their organisation's subtree.
/// </summary>
internal sealed class TokenAdministration(PlatformDbContext db, ICurrentUser admin, TimeProvider clock)
{
    public async Task<List<TokenResponse>> List(Guid? userId, CancellationToken ct)
    {
        var visibleUsers = db.Users.VisibleTo(admin).Select(u => u.Id);
        var rows = db.ApiTokens.AsNoTracking().Where(t => visibleUsers.Contains(t.UserId));
        if (userId is not null) rows = rows.Where(t => t.UserId == userId);
        var tokens = await rows.OrderByDescending(t => t.CreatedAtUtc).ToListAsync(ct);
        return tokens.Select(Response).ToList();
    }

    /// <summary>The secret is in the answer and nowhere else: only its hash is stored.</summary>
    public async Task<IssuedTokenResponse> Issue(IssueTokenRequest request, CancellationToken ct)
    {
        if (!await db.Users.VisibleTo(admin).AnyAsync(u => u.Id == request.UserId, ct))
            throw new RequestRejectedException("userId", PlatformText.Get("NoSuchUser"));
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
        return new IssuedTokenResponse(Response(token), secret);
    }

    /// <summary>False when the token does not exist or is not the admin's to revoke; revoking twice keeps the first time.</summary>
    public async Task<bool> Revoke(Guid id, CancellationToken ct)
    {
        var visibleUsers = db.Users.VisibleTo(admin).Select(u => u.Id);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && visibleUsers.Contains(t.UserId), ct);
        if (token is null) return false;
        token.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static TokenResponse Response(ApiToken t) =>
        new(t.Id, t.UserId, t.Name, t.Hint, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc);
}
