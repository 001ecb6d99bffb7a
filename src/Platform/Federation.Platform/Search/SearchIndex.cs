using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Federation.Platform.Search;

/// <summary>
/// The in-memory Lucene index over the search projection (ADR 0019). Built from the table in the
/// background when the host starts and kept up by <see cref="SearchIndexKeeper"/>; until it is
/// <see cref="Ready"/>, <see cref="SearchQuery"/> answers from the table.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string Key = "key", Module = "module", KindZh = "kind_zh", KindEn = "kind_en", Title = "title",
        Text = "text", Link = "link", Permission = "perm", Organisation = "org";

    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ConcurrentDictionary<string, int> indexedVersions = new();
    private readonly ConcurrentDictionary<string, byte> permissions = new();
    private readonly SemaphoreSlim changed = new(0, 1);

    public SearchIndex()
    {
        writer = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(SearchAnalysis.Version, SearchAnalysis.ForIndex)
        {
            OpenMode = OpenMode.CREATE,
        });
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>True once every entry the table held at start is in the index.</summary>
    public bool Ready { get; private set; }

    public int Count => indexedVersions.Count;

    /// <summary>Wakes the keeper: the projection changed (its transaction may still be committing).</summary>
    public void Changed()
    {
        try { changed.Release(); }
        catch (SemaphoreFullException) { }
    }

    public Task WaitForChange(TimeSpan atMost, CancellationToken ct) => changed.WaitAsync(atMost, ct);

    public void MarkReady() => Ready = true;

    /// <summary>Adds, replaces or removes the entry's document; false when it is indexed at this version already.</summary>
    public bool Apply(SearchEntry entry)
    {
        var key = entry.Key;
        if (entry.Removed)
        {
            if (!indexedVersions.TryRemove(key, out _)) return false;
            writer.DeleteDocuments(new Term(Key, key));
            return true;
        }
        if (indexedVersions.TryGetValue(key, out var version) && version == entry.Version) return false;
        writer.UpdateDocument(new Term(Key, key), Document(entry));
        indexedVersions[key] = entry.Version;
        permissions.TryAdd(entry.ReadPermission, 0);
        return true;
    }

    /// <summary>Makes what was applied visible to searches.</summary>
    public void Publish() => searchers.MaybeRefreshBlocking();

    public void Clear()
    {
        writer.DeleteAll();
        indexedVersions.Clear();
        Publish();
    }

    /// <summary>
    /// The best <paramref name="window"/> hits the user may open, best first: each module's first
    /// <paramref name="perModule"/> in full, the rest counted only (their stored fields are not read).
    /// </summary>
    public SearchWindow Search(Query query, SearchScope scope, int window, int perModule)
    {
        var filter = new BooleanFilter();
        var allowed = permissions.Keys.Where(scope.Permits).Select(p => new Term(Permission, p)).ToList();
        if (allowed.Count == 0) return SearchWindow.Empty;
        filter.Add(new TermsFilter(allowed), Occur.MUST);
        if (scope.Organisations is { } organisations)
        {
            if (organisations.Count == 0) return SearchWindow.Empty;
            filter.Add(new TermsFilter(organisations.Select(o => new Term(Organisation, o.ToString())).ToList()), Occur.MUST);
        }
        if (scope.Module is { } module) filter.Add(new TermsFilter(new Term(Module, module)), Occur.MUST);

        var searcher = searchers.Acquire();
        try
        {
            var found = searcher.Search(query, filter, window);
            var counts = new Dictionary<string, int>();
            var hits = new List<SearchHit>();
            foreach (var scored in found.ScoreDocs)
            {
                var owner = searcher.Doc(scored.Doc, ModuleOnly).Get(Module);
                counts[owner] = counts.GetValueOrDefault(owner) + 1;
                if (counts[owner] <= perModule) hits.Add(Hit(searcher.Doc(scored.Doc), scored.Score));
            }
            return new SearchWindow(hits, counts, found.TotalHits);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static readonly ISet<string> ModuleOnly = new HashSet<string> { Module };

    private static Document Document(SearchEntry entry) =>
    [
        new StringField(Key, entry.Key, Field.Store.YES),
        new StringField(Module, entry.Module, Field.Store.YES),
        new StringField(Permission, entry.ReadPermission, Field.Store.YES),
        new StringField(Organisation, entry.OrganisationId.ToString(), Field.Store.YES),
        new StoredField(KindZh, entry.KindZh),
        new StoredField(KindEn, entry.KindEn),
        new StoredField(Title, entry.Title),
        new StoredField(Text, entry.Text),
        new StoredField(Link, entry.Link),
        new TextField(SearchAnalysis.TitleWords, entry.Title, Field.Store.NO),
        new TextField(SearchAnalysis.TextWords, entry.Text, Field.Store.NO),
        new TextField(SearchAnalysis.TitleGrams, entry.Title, Field.Store.NO),
        new TextField(SearchAnalysis.TextGrams, entry.Text, Field.Store.NO),
    ];

    private static SearchHit Hit(Document document, float score) => new(
        document.Get(Module), document.Get(KindZh), document.Get(KindEn), document.Get(Title), document.Get(Text),
        document.Get(Link), Guid.Parse(document.Get(Organisation)), document.Get(Permission), score);

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        changed.Dispose();
    }
}

/// <summary>One record found, with what it was found by; the score orders hits of one query only.</summary>
internal sealed record SearchHit(string Module, string KindZh, string KindEn, string Title, string Text, string Link,
    Guid OrganisationId, string ReadPermission, float Score);

/// <summary>The hits to show, best first; how many of the window each module had; how many matched in all.</summary>
internal sealed record SearchWindow(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> PerModule, int Total)
{
    public static SearchWindow Empty { get; } = new([], new Dictionary<string, int>(), 0);
}

/// <summary>What a user may find: the permissions they hold, their organisations (null: all of them), and a module asked for.</summary>
internal sealed record SearchScope(Func<string, bool> Permits, IReadOnlyCollection<Guid>? Organisations, string? Module);
