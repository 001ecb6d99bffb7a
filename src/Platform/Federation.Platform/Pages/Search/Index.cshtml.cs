using Federation.Kernel.Http;
using Federation.Platform.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Search;

/// <summary>The results of the shell's search box, grouped by module; each hit opens its record.</summary>
internal sealed class IndexModel(SearchQuery search) : PageModel
{
    public string Query { get; private set; } = "";
    public SearchResults? Results { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? q, string? module, CancellationToken ct)
    {
        Query = q?.Trim() ?? "";
        if (Query.Length == 0) return;
        try
        {
            Results = await search.Run(new SearchQuery.Request(Query, module, module is null ? SearchQuery.DefaultTake : SearchQuery.MaxTake), ct);
        }
        catch (RequestRejectedException refused)
        {
            Problem = refused.Message;
        }
    }
}
