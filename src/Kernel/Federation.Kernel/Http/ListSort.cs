using System.Linq.Expressions;

namespace Federation.Kernel.Http;

/// <summary>
/// The columns a list may be sorted by, each with what it orders the rows by: one whitelist that the
/// list endpoint checks (<see cref="Paging.Sort"/> refuses another key, naming <c>sort</c>) and the
/// list page offers as sortable headers (<c>ListPageModel.SortKeys</c>), so the two cannot drift apart.
/// </summary>
/// <typeparam name="T">The stored record the list reads.</typeparam>
public sealed class ListSort<T>
{
    private readonly List<(string Key, Func<IQueryable<T>, bool, IOrderedQueryable<T>> Order)> columns = [];

    /// <summary>The key used when the request names none; the first column added.</summary>
    public string DefaultKey => columns[0].Key;

    /// <summary>Whether an unnamed sort runs descending (newest, largest first).</summary>
    public bool DefaultDescending { get; init; } = true;

    /// <summary>The keys offered.</summary>
    public IReadOnlyCollection<string> Keys => columns.Select(c => c.Key).ToList();

    /// <summary>Offers <paramref name="key"/>, ordering by <paramref name="column"/>.</summary>
    public ListSort<T> By<TKey>(string key, Expression<Func<T, TKey>> column)
    {
        columns.Add((key, (rows, descending) => descending ? rows.OrderByDescending(column) : rows.OrderBy(column)));
        return this;
    }

    /// <summary>Whether the request named a sort (and so the list's own default order gives way).</summary>
    public static bool Named(string? sort) => !string.IsNullOrWhiteSpace(sort);

    /// <summary>Orders <paramref name="rows"/> by the sort the request names (e.g. "-dueOn"), refusing a key not offered.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> rows, string? sort)
    {
        var (key, descending) = Paging.Sort(sort, DefaultKey, Keys);
        if (!Named(sort)) descending = DefaultDescending;
        return columns.First(c => c.Key == key).Order(rows, descending);
    }
}
