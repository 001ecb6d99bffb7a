using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Calendar;

/// <summary>
/// Who a feed token reads as: its owner as they stand now — roles, organisation and subtree
/// looked up at each request, so a changed role or a disabled account shows in the next sync.
/// Null for an unknown or revoked token and for a disabled or deleted owner.
/// </summary>
internal sealed class FeedReader(ILifetimeScope scope, UserAccounts accounts, Roles roles, OrganisationTree tree)
{
    public const string SchemeName = "CalendarFeed";

    public sealed record Reader(ICurrentUser Viewer, string Language);

    public async Task<Reader?> Find(string token, CancellationToken ct)
    {
        if (!token.StartsWith(CalendarFeeds.TokenPrefix, StringComparison.Ordinal) || token.Length > 100) return null;
        var hash = CalendarFeeds.Hash(token);
        // The feed request is anonymous: read the token as the system, in a scope of its own.
        await using var lookup = scope.BeginSystemScope();
        var feed = await lookup.Resolve<PlatformDbContext>().CalendarFeeds.AsNoTracking()
            .FirstOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null || !feed.IsActive) return null;
        var owner = await accounts.Find(feed.UserId, ct);
        if (owner is null || owner.Disabled) return null;
        return new Reader(CurrentUser.From(UserAccounts.Principal(owner, SchemeName), roles, tree.Current), feed.Language);
    }
}
