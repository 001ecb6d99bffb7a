using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _SortHeader partial needs: a column header that sorts the list by its key
/// on the server (clicking again flips the direction), keeping the filters and going back to page 1.
/// </summary>
/// <param name="Key">The sort key the list's use case accepts, e.g. "amount".</param>
/// <param name="Label">The header text in the reader's language.</param>
/// <param name="Current">The list's sort now, e.g. "-amount".</param>
/// <param name="QueryString">The request's query string, whose filters the link keeps.</param>
public sealed record SortHeader(string Key, string Label, string? Current, string? QueryString)
{
    /// <summary>Whether the list is sorted by this column now, and which way.</summary>
    public string? Direction => Current == Key || Current == "+" + Key ? "ascending" : Current == "-" + Key ? "descending" : null;

    /// <summary>The link that sorts by this column: descending first, ascending when it already sorts descending.</summary>
    public string Link()
    {
        var query = QueryHelpers.ParseQuery(QueryString ?? "")
            .Where(p => p.Key is not ("sort" or "page" or "handler"))
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["sort"] = Direction == "descending" ? Key : "-" + Key;
        return QueryHelpers.AddQueryString("", query);
    }
}
