using System.Globalization;
using System.Net;
using Federation.Kernel.Geography;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Federation.Kernel.Web;

/// <summary>
/// A town as the reader's language names it: "Shiqi" in the English UI for 石岐, as the town
/// pick-lists offer it. Any module's page asks for it by name
/// (<c>Component.InvokeAsync("TownName", new { name = record.Town })</c>). A town the directory does
/// not know (kept as typed before the list existed) is shown as typed and marked as user data.
/// </summary>
// Public, in the kernel beside the town pick-list: MVC finds view components only among public types.
public sealed class TownNameViewComponent(IPlaceDirectory places) : ViewComponent
{
    /// <summary>The name of the town stored as <paramref name="name"/>; "—" for none.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return new HtmlContentViewComponentResult(new HtmlString("—"));
        var (text, known) = TownNames.Of(await places.Towns(HttpContext.RequestAborted), name, CultureInfo.CurrentUICulture);
        var encoded = WebUtility.HtmlEncode(text);
        return new HtmlContentViewComponentResult(new HtmlString(known ? encoded : $"<span data-user-text>{encoded}</span>"));
    }
}
