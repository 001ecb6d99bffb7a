using Federation.Platform.Identity;
using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Federation.Platform.Resources;

namespace Federation.Platform.Pages.Account;

internal sealed class PasswordModel(PlatformDbContext db, ICurrentUser current, UserAccounts accounts, IStringLocalizer<PlatformText> text) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == current.UserId, ct);
        if (string.IsNullOrEmpty(CurrentPassword) || !Passwords.Verify(user.PasswordHash, CurrentPassword))
            ModelState.AddModelError(nameof(CurrentPassword), text["CurrentPasswordWrong"]);
        if (!Passwords.IsStrongEnough(NewPassword))
            ModelState.AddModelError(nameof(NewPassword), text["PasswordRule"]);
        if (!ModelState.IsValid) return Page();

        user.PasswordHash = Passwords.Hash(NewPassword!);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(ct);
        accounts.Forget(user.Id);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            UserAccounts.Principal(UserRecord.From(user), CookieAuthenticationDefaults.AuthenticationScheme));
        Changed = true;
        return Page();
    }
}
