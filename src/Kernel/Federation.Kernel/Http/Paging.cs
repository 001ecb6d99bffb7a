using Federation.Kernel.Resources;
namespace Federation.Kernel.Http;

/// <summary>One page of a list, with the total of all matching rows.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="Total">How many rows match in all, across every page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most rows a page holds.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Paging and sorting parameters shared by every list endpoint.</summary>
public static class Paging
{
    /// <summary>The largest page a list endpoint serves; a larger <c>pageSize</c> is refused, and exports read in pages of this size.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Checks page and size, naming the field that is out of range.</summary>
    public static (int Page, int PageSize) Normalise(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1) throw new RequestRejectedException("page", Text.Get("PageStart"));
        if (size < 1 || size > MaxPageSize)
            throw new RequestRejectedException("pageSize", Text.Format("PageSize", MaxPageSize));
        return (p, size);
    }

    /// <summary>Parses a sort like "-amount" into the key and direction, refusing keys the list does not offer.</summary>
    public static (string Key, bool Descending) Sort(string? sort, string defaultKey, IReadOnlyCollection<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(sort)) return (defaultKey, true);
        var descending = sort.StartsWith('-');
        var key = sort.TrimStart('-', '+');
        if (!allowed.Contains(key))
            throw new RequestRejectedException("sort", Text.Format("SortBy", string.Join(", ", allowed)));
        return (key, descending);
    }
}
