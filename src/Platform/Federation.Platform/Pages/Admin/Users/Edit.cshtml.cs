using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Pages.Admin.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Identity.UserAdminEndpoints;

namespace Federation.Platform.Pages.Admin.Users;

[RequirePermission(PlatformModule.Admin)]
internal sealed class EditModel(
    UserAdministration users, OrganisationAdministration organisations, Sessions.UserSessions sessions, Roles roles) : PageModel
{
    // Every role's message ("roles[2]") shows beside the role choices.
    private static readonly Dictionary<string, string> Inputs = new() { ["roles"] = nameof(Roles) };

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public bool Disabled { get; set; }
    [BindProperty] public int? Version { get; set; }

    public UserResponse? Account { get; private set; }
    public OrganisationOutline Outline { get; private set; } = new([]);
    public IReadOnlyList<RoleDefinition> RoleChoices { get; } = roles.All.OrderBy(r => r.Key).ToList();
    /// <summary>The approval form's role boxes: none ticked, and ids apart from the edit form's.</summary>
    public RoleChoices ApprovalChoices => new(RoleChoices, [], "approve-role-");
    public bool Saved { get; private set; }
    public bool Approved { get; private set; }
    public int SessionCount { get; private set; }
    public int? SessionsEnded { get; private set; }

    /// <summary>Shown on the answer to the reset only: it is stored nowhere but as a hash.</summary>
    public string? TemporaryPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, bool approved, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Fill(Account!);
        Saved = saved;
        Approved = approved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        // The form always shows the stored address, so an emptied box means "remove it", not "keep it".
        var request = new UpdateUserRequest(DisplayName, OrganisationId, Roles, Disabled, Version, Email ?? "");
        UserResponse? updated = null;
        if (await this.Validate(request, "", Inputs)
            && await this.Try("", async () => updated = await users.Update(id, request, ct), Inputs))
            return updated is null ? NotFound() : RedirectToPage(new { id, saved = true });
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var request = new ApproveUserRequest(Roles, Version);
        UserResponse? approved = null;
        if (await this.Validate(request, "", Inputs)
            && await this.Try("", async () => approved = await users.Approve(id, request, ct), Inputs))
            return approved is null ? NotFound() : RedirectToPage(new { id, approved = true });
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken ct)
    {
        TemporaryPassword = await users.ResetPassword(id, ct);
        if (TemporaryPassword is null || !await Load(id, ct)) return NotFound();
        // The reset posts no user fields: show the record as stored, not the empty form.
        ModelState.Clear();
        Fill(Account!);
        return Page();
    }

    public async Task<IActionResult> OnPostEndSessionsAsync(Guid id, CancellationToken ct)
    {
        SessionsEnded = await users.EndSessions(id, ct);
        if (SessionsEnded is null || !await Load(id, ct)) return NotFound();
        ModelState.Clear();
        Fill(Account!);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Account = await users.Find(id, ct);
        Outline = new OrganisationOutline(await organisations.List(ct));
        if (Account is not null) SessionCount = (await sessions.Of(id, null, ct)).Count;
        return Account is not null;
    }

    private void Fill(UserResponse user)
    {
        DisplayName = user.DisplayName;
        Email = user.Email;
        OrganisationId = user.OrganisationId;
        Roles = user.Roles.ToList();
        Disabled = user.Disabled;
        Version = user.Version;
    }
}
