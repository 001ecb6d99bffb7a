using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Platform.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Calendar;

/// <summary>
/// The signed-in user's own feed links: one at a time, a new one revoking the old, each
/// revocation in the audit log like every platform write.
/// </summary>
internal sealed class CalendarFeeds(PlatformDbContext db, ICurrentUser user, TimeProvider clock, IDataProtectionProvider protection)
{
    public const string TokenPrefix = "cal_";
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    private readonly IDataProtector protector = protection.CreateProtector("Federation.Platform.CalendarFeeds");

    public sealed record FeedLink(Guid Id, string Hint, string Language, DateTime CreatedAtUtc, DateTime? RevokedAtUtc, string? Path);

    /// <summary>The user's links, newest first; only the active one carries its path, since a revoked one opens nothing.</summary>
    public async Task<List<FeedLink>> Mine(CancellationToken ct)
    {
        var mine = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == user.UserId)
            .OrderByDescending(f => f.CreatedAtUtc).ToListAsync(ct);
        return mine.Select(Link).ToList();
    }

    public async Task<FeedLink> Create(string? language, CancellationToken ct)
    {
        if (user.UserId is not { } owner || user.OrganisationId is not { } organisation)
            throw new RequestRejectedException("user", PlatformText.Get("Calendar.FeedNeedsUser"));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in await db.CalendarFeeds.Where(f => f.UserId == owner && f.RevokedAtUtc == null).ToListAsync(ct))
            old.RevokedAtUtc = now;
        var secret = NewToken();
        var feed = new CalendarFeed
        {
            UserId = owner,
            OrganisationId = organisation,
            TokenHash = Hash(secret),
            ProtectedToken = protector.Protect(secret),
            Hint = secret[..10],
            Language = Languages.First(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)),
            CreatedAtUtc = now,
        };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return Link(feed);
    }

    /// <summary>False when the link is not the user's; revoking twice keeps the first time.</summary>
    public async Task<bool> Revoke(Guid id, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.Id == id && f.UserId == user.UserId, ct);
        if (feed is null) return false;
        feed.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private FeedLink Link(CalendarFeed f) => new(f.Id, f.Hint, f.Language, f.CreatedAtUtc, f.RevokedAtUtc,
        f.IsActive ? FeedPath(protector.Unprotect(f.ProtectedToken)) : null);

    public static string FeedPath(string token) => $"/api/calendar/feed/{token}.ics";

    public static string Hash(string token) => TokenAuthenticationHandler.Hash(token);

    private static string NewToken() => TokenAuthenticationHandler.NewToken(TokenPrefix);
}
