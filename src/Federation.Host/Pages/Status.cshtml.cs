using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Host.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int Code { get; set; }

    public int RetryAfterSeconds => int.TryParse(Response.Headers.RetryAfter.ToString(), out var seconds) ? seconds : 60;

    public void OnGet() { }

    // Re-executed for any method that ended in an error status, so answer posts the same way.
    public void OnPost() { }
}
