using System.Globalization;
using Federation.Host.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Host.Pages;

/// <summary>The 403 page: says which permission the page needs, by its name in the user's language, or that only the top-level organisation's administrators may use it.</summary>
internal sealed class ForbiddenModel(ModuleCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Permission { get; set; }
    [BindProperty(SupportsGet = true)] public bool WholePlatform { get; set; }

    public string PermissionTitle => catalog.Enabled.SelectMany(m => m.Permissions)
        .FirstOrDefault(p => p.Key == Permission) is { } known
            ? $"{known.Title.For(CultureInfo.CurrentUICulture)} ({known.Key})"
            : Permission ?? "";

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
