namespace Federation.Kernel.Web;

/// <summary>
/// The signed-in user's saved filter sets, one list at a time (the platform keeps them): a list page
/// saves its query string under a name, and offers the saved ones back as links.
/// </summary>
public interface ISavedFilters
{
    /// <summary>The user's saved filters for the list at <paramref name="list"/> (its path, e.g. /investment/projects), by name.</summary>
    Task<IReadOnlyList<SavedFilter>> Mine(string list, CancellationToken ct);

    /// <summary>Saves the filters under <paramref name="name"/>, replacing the user's filter of that name on the same list.</summary>
    Task<SavedFilter> Save(string list, string name, string query, CancellationToken ct);

    /// <summary>Removes one of the user's saved filters; false when it is not theirs.</summary>
    Task<bool> Delete(Guid id, CancellationToken ct);
}

/// <summary>A saved filter set.</summary>
/// <param name="Id">Its id.</param>
/// <param name="List">The list's path.</param>
/// <param name="Name">The name the user gave it.</param>
/// <param name="Query">The query string it applies, without the leading "?" and without the page number or a handler.</param>
public sealed record SavedFilter(Guid Id, string List, string Name, string Query)
{
    /// <summary>The list with this filter applied.</summary>
    public string Link => string.IsNullOrEmpty(Query) ? List : List + "?" + Query;
}
