using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Host.Pages.Admin;

/// <summary>
/// Links to the other pages of a paged list that keep the list's filters. The page number
/// travels as "p": Razor Pages reserves the route value "page" for the page's own path.
/// </summary>
internal sealed record PageLinks(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public const string Parameter = "p";

    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Href(int page) =>
        QueryHelpers.AddQueryString(Path, Filters.Where(f => !string.IsNullOrEmpty(f.Value))
            .Append(new(Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
