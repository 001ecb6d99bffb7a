using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.SavedFilters;

/// <summary>
/// The signed-in user's saved filters: each user sees, applies and deletes only their own. Saving a
/// name already used on the same list replaces that filter, so a clerk can refine "my open concerns".
/// </summary>
internal sealed class UserSavedFilters(PlatformDbContext db, ICurrentUser user, TimeProvider clock) : ISavedFilters
{
    /// <summary>The most filters one user keeps on one list: a menu, not an archive.</summary>
    public const int MaxPerList = 30;

    public async Task<IReadOnlyList<SavedFilter>> Mine(string list, CancellationToken ct)
    {
        if (user.UserId is not { } owner) return [];
        var rows = await db.SavedFilters.AsNoTracking().Where(f => f.UserId == owner && f.List == list).ToListAsync(ct);
        return rows.OrderBy(f => f.Name, StringComparer.Ordinal).Select(Of).ToList();
    }

    /// <summary>Every list's saved filters of the user, for the API.</summary>
    public async Task<IReadOnlyList<SavedFilter>> All(CancellationToken ct)
    {
        if (user.UserId is not { } owner) return [];
        var rows = await db.SavedFilters.AsNoTracking().Where(f => f.UserId == owner).ToListAsync(ct);
        return rows.OrderBy(f => f.List, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).Select(Of).ToList();
    }

    public async Task<SavedFilter> Save(string list, string name, string query, CancellationToken ct)
    {
        if (user.UserId is not { } owner)
            throw new RequestRejectedException("user", PlatformText.Get("SavedFilters.NeedsUser"));
        Check(list, name, query);
        name = name.Trim();
        query = query.TrimStart('?');
        var row = await db.SavedFilters.FirstOrDefaultAsync(f => f.UserId == owner && f.List == list && f.Name == name, ct);
        if (row is null)
        {
            if (await db.SavedFilters.CountAsync(f => f.UserId == owner && f.List == list, ct) >= MaxPerList)
                throw new RequestRejectedException("name", PlatformText.Format("SavedFilters.TooMany", MaxPerList));
            row = new SavedFilterRow { UserId = owner, List = list, Name = name, Query = query };
            db.SavedFilters.Add(row);
        }
        row.Query = query;
        row.SavedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Of(row);
    }

    public async Task<bool> Delete(Guid id, CancellationToken ct)
    {
        var row = await db.SavedFilters.FirstOrDefaultAsync(f => f.Id == id && f.UserId == user.UserId, ct);
        if (row is null) return false;
        db.SavedFilters.Remove(row);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The rules the API's validator also states, so a page's form and a client are refused alike.</summary>
    public static void Check(string? list, string? name, string? query)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new RequestRejectedException("name", PlatformText.Get("SavedFilters.Name"));
        if (name.Trim().Length > SavedFilterRow.NameLength)
            throw new RequestRejectedException("name", PlatformText.Format("SavedFilters.NameLength", SavedFilterRow.NameLength));
        if (!IsListPath(list))
            throw new RequestRejectedException("list", PlatformText.Get("SavedFilters.List"));
        if ((query ?? "").Length > SavedFilterRow.QueryLength)
            throw new RequestRejectedException("query", PlatformText.Format("SavedFilters.QueryLength", SavedFilterRow.QueryLength));
    }

    /// <summary>A list is named by its page's path: "/" and lower-case letters, digits and "-" only, never another site.</summary>
    public static bool IsListPath(string? list) =>
        list is { Length: > 1 and <= SavedFilterRow.ListLength } && list[0] == '/' && !list.StartsWith("//", StringComparison.Ordinal)
        && list.All(c => c is '/' or '-' or (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    private static SavedFilter Of(SavedFilterRow f) => new(f.Id, f.List, f.Name, f.Query);
}
