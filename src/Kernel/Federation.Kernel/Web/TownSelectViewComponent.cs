using Federation.Kernel.Geography;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Kernel.Web;

/// <summary>
/// A town pick-list for a form that takes a town without an area: any module's page, a drop-in
/// one included, asks for it by name (<c>Component.InvokeAsync("TownSelect", new TownField(…))</c>)
/// and gets the platform's towns without holding a directory of its own.
/// </summary>
// Public, in the kernel beside the fields it draws: MVC finds view components only among public types.
public sealed class TownSelectViewComponent(IPlaceDirectory places) : ViewComponent
{
    /// <summary>The pick-list of <paramref name="field"/>.</summary>
    public async Task<IViewComponentResult> InvokeAsync(TownField field)
    {
        ViewData["Column"] = field.Column;
        // A list's filter: a small label above, and "all" rather than "choose one" when nothing is chosen.
        ViewData["Filter"] = field.Filter;
        return View(new PlaceFields(await places.Towns(HttpContext.RequestAborted), field.Field, field.Town, field.Label, field.Required, "", null, ""));
    }
}
