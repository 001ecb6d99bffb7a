using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Search;

/// <summary>
/// Answers a search for one user: only hits whose module read permission they hold, owned by an
/// organisation of their subtree, grouped by module in the order of the best hit of each.
/// </summary>
internal sealed class SearchQuery(SearchIndex index, PlatformDbContext db, ICurrentUser user, IModuleDirectory modules)
{
    public const int MaxQueryLength = 100;
    public const int DefaultTake = 10;
    public const int MaxTake = 50;
    // Hits read from the index before grouping, so one module's many hits cannot crowd out the others.
    private const int Window = 500;

    internal sealed record Request(string? Q, string? Module, int? Take);

    public async Task<SearchResults> Run(Request request, CancellationToken ct)
    {
        var (text, module, take) = Checked(request);
        var scope = new SearchScope(user.HasPermission, user.SeesEverything ? null : user.VisibleOrganisationIds, module);
        var query = SearchQueries.For(text);
        if (query is null) return new SearchResults(text, 0, true, []);
        var found = index.Ready ? index.Search(query, scope, Window, take) : await FromTable(text, scope, take, ct);
        var culture = CultureInfo.CurrentUICulture;
        var groups = found.Hits.GroupBy(h => h.Module)
            .Select(g => new SearchGroup(g.Key, ModuleTitle(g.Key, culture), found.PerModule[g.Key], g.Select(h => Shown(h, text, culture)).ToList()))
            .ToList();
        return new SearchResults(text, found.Total, index.Ready, groups);
    }

    private (string Text, string? Module, int Take) Checked(Request request)
    {
        var text = request.Q?.Trim() ?? "";
        if (text.Length == 0) throw new RequestRejectedException("q", PlatformText.Get("SearchQueryRequired"));
        if (text.Length > MaxQueryLength) throw new RequestRejectedException("q", string.Format(CultureInfo.CurrentCulture, PlatformText.Get("SearchQueryTooLong"), MaxQueryLength));
        string? module = null;
        if (!string.IsNullOrWhiteSpace(request.Module))
            module = modules.Enabled.FirstOrDefault(m => string.Equals(m.Name, request.Module.Trim(), StringComparison.OrdinalIgnoreCase))?.Name
                ?? throw new RequestRejectedException("module", PlatformText.Get("SearchNoSuchModule"));
        var take = request.Take ?? DefaultTake;
        if (take is < 1 or > MaxTake) throw new RequestRejectedException("take", string.Format(CultureInfo.CurrentCulture, PlatformText.Get("SearchTakeRange"), MaxTake));
        return (text, module, take);
    }

    // Until the index has been filled after start: every whitespace-separated part must appear, unranked.
    private async Task<SearchWindow> FromTable(string text, SearchScope scope, int take, CancellationToken ct)
    {
        var entries = db.SearchEntries.AsNoTracking().Where(e => !e.Removed).VisibleTo(user);
        if (scope.Module is { } module) entries = entries.Where(e => e.Module == module);
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            entries = entries.Where(e => e.Title.Contains(part) || e.Text.Contains(part));
        var permitted = (await entries.OrderBy(e => e.Title).Take(Window * 2).ToListAsync(ct))
            .Where(e => scope.Permits(e.ReadPermission)).Take(Window).ToList();
        var hits = permitted.GroupBy(e => e.Module).SelectMany(g => g.Take(take))
            .Select(e => new SearchHit(e.Module, e.KindZh, e.KindEn, e.Title, e.Text, e.Link, e.OrganisationId, e.ReadPermission, 0f))
            .ToList();
        return new SearchWindow(hits, permitted.GroupBy(e => e.Module).ToDictionary(g => g.Key, g => g.Count()), permitted.Count);
    }

    private string ModuleTitle(string module, CultureInfo culture) =>
        modules.Enabled.FirstOrDefault(m => m.Name == module)?.Title.For(culture) ?? module;

    private static SearchHitView Shown(SearchHit hit, string query, CultureInfo culture) => new(
        culture.TwoLetterISOLanguageName == "zh" ? hit.KindZh : hit.KindEn, hit.Title, SearchSnippet.Around(hit.Text, query), hit.Link, hit.Score);
}

/// <summary>The answer to a search: hits grouped by module, best group first.</summary>
/// <param name="Query">The text searched for, trimmed.</param>
/// <param name="Total">How many records matched in all.</param>
/// <param name="Ranked">False in the seconds after start while the index is being filled: hits then come unranked from the table.</param>
/// <param name="Groups">One group per module with hits.</param>
internal sealed record SearchResults(string Query, int Total, bool Ranked, IReadOnlyList<SearchGroup> Groups);

/// <summary>The hits of one module.</summary>
internal sealed record SearchGroup(string Module, string Title, int Count, IReadOnlyList<SearchHitView> Hits);

/// <summary>One hit as shown: what it is, its name, the part of its text around the query, where it opens.</summary>
internal sealed record SearchHitView(string Kind, string Title, string Snippet, string Link, float Score);
