namespace Federation.Kernel.Web;

/// <summary>What the shell's shared _Pager partial needs to draw page links that keep the current filters.</summary>
public sealed record Pager(int Page, int PageSize, int Total, string? QueryString)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Link(int page)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(QueryString ?? "");
        var pairs = query.Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"page={page}");
        return "?" + string.Join('&', pairs);
    }
}
