namespace Federation.Kernel.Web;

/// <summary>What the shell's shared _Pager partial needs to draw page links that keep the current filters.</summary>
/// <param name="Page">The current page, from 1.</param>
/// <param name="PageSize">The most rows a page holds.</param>
/// <param name="Total">How many rows match in all.</param>
/// <param name="QueryString">The request's query string, whose filters the links keep.</param>
public sealed record Pager(int Page, int PageSize, int Total, string? QueryString)
{
    /// <summary>How many pages there are; at least 1, so an empty list still shows page 1.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The link to <paramref name="page"/> with the current filters kept.</summary>
    public string Link(int page) => "?" + string.Join('&', Filters().Append($"page={page}"));

    /// <summary>The page's Export handler with the same filters: the workbook holds every row they select, not one page.</summary>
    public string ExportLink() => "?" + string.Join('&', Filters().Where(p => !p.StartsWith("handler=", StringComparison.Ordinal)).Prepend("handler=Export"));

    private IEnumerable<string> Filters() =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(QueryString ?? "").Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
}
