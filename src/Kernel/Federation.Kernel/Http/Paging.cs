using Federation.Kernel.Resources;
namespace Federation.Kernel.Http;

/// <summary>One page of a list, with the total of all matching rows.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Paging and sorting parameters shared by every list endpoint.</summary>
public static class Paging
{
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
