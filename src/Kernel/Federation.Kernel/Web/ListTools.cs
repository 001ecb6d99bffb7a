namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _ListTools partial needs: the signed-in user's saved filters for this list,
/// a form to save the current ones, and the column chooser of the table marked <paramref name="Table"/>.
/// </summary>
/// <param name="Path">The list's path, e.g. /investment/projects.</param>
/// <param name="QueryString">The request's query string: the filters shown now.</param>
/// <param name="Table">The data-testid of the list's table, whose columns the chooser shows or hides.</param>
/// <param name="UserId">The reader, whose browser remembers the columns they hid on this list.</param>
public sealed record ListTools(string Path, string? QueryString, string Table, Guid? UserId)
{
    /// <summary>The list page's <paramref name="handler"/> with the current filters, for a form posted from the list.</summary>
    public string HandlerLink(string handler) =>
        ListPageModel<object>.SavedQuery(QueryString) is { Length: > 0 } query ? $"{Path}?handler={handler}&{query}" : $"{Path}?handler={handler}";

    /// <summary>Whether any filter is set now, so there is something to save.</summary>
    public bool HasFilters => ListPageModel<object>.SavedQuery(QueryString).Length > 0;

    /// <summary>Where the browser keeps the hidden columns: one entry per user and list.</summary>
    public string ColumnsKey => $"federation.columns:{UserId}:{Path}";
}
