using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Kernel.Web;

/// <summary>
/// The two handlers behind _ListTools' forms, for a list page that is not a <see cref="ListPageModel{TRow}"/>
/// (the platform's admin lists): save the filters in the address under a name, or remove a saved one,
/// then show the list again as it was.
/// </summary>
public static class SavedFilterForms
{
    /// <summary>Saves the page's filters for the signed-in user; a refused name shows the list with the message.</summary>
    public static async Task<IActionResult> SaveFilter(this PageModel page, ISavedFilters saved, string? filterName,
        Func<Task<IActionResult>> show, CancellationToken ct)
    {
        if (!await page.Try("filterName", () => saved.Save(page.Request.Path, filterName ?? "", ListPageModel<object>.SavedQuery(page.Request.QueryString.Value), ct)))
            return await page.ShownAsRefused(show);
        return new RedirectResult(Back(page));
    }

    /// <summary>Removes one of the signed-in user's saved filters.</summary>
    public static async Task<IActionResult> DeleteFilter(this PageModel page, ISavedFilters saved, Guid filterId, CancellationToken ct)
    {
        await saved.Delete(filterId, ct);
        return new RedirectResult(Back(page));
    }

    /// <summary>The list as it was shown, after a form posted from it.</summary>
    internal static string Back(PageModel page) =>
        ListPageModel<object>.SavedQuery(page.Request.QueryString.Value) is { Length: > 0 } query ? $"{page.Request.Path}?{query}" : page.Request.Path.ToString();
}
