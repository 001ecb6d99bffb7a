using Federation.Kernel.Departments;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Kernel.Web;

/// <summary>
/// A department pick-list for any module's form or list filter, a drop-in one's included
/// (<c>Component.InvokeAsync("DepartmentSelect", new DepartmentField(…))</c>): the names come from
/// the platform's lists for the record's organisation, so no module keeps a list of its own.
/// </summary>
// Public, in the kernel beside the fields it draws: MVC finds view components only among public types.
public sealed class DepartmentSelectViewComponent(IDepartmentDirectory departments, ICurrentUser user) : ViewComponent
{
    /// <summary>The pick-list of <paramref name="field"/>.</summary>
    public async Task<IViewComponentResult> InvokeAsync(DepartmentField field)
    {
        var organisation = field.OrganisationId ?? user.OrganisationId;
        var names = organisation is { } id ? await departments.Names(id, field.Kind, HttpContext.RequestAborted) : [];
        return View(field with { Names = names });
    }
}
