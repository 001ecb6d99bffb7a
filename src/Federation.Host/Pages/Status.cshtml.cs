using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Host.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int Code { get; set; }

    public void OnGet() { }

    // Re-executed for any method that ended in an error status, so answer posts the same way.
    public void OnPost() { }
}
