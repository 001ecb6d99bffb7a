using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Pages.Admin.Organisations;
using Federation.Platform.Data;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Identity.UserAdminEndpoints;

namespace Federation.Platform.Pages.Admin.Users;

[RequirePermission(PlatformModule.Admin)]
internal sealed class NewModel(
    UserAdministration users, OrganisationAdministration organisations, Roles roles, ICurrentUser admin) : PageModel
{
    // Every role's message ("roles[2]") shows beside the role choices.
    private static readonly Dictionary<string, string> Inputs = new() { ["roles"] = nameof(Roles) };

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Password { get; set; }

    public OrganisationOutline Outline { get; private set; } = new([]);
    public IReadOnlyList<RoleDefinition> RoleChoices { get; } = roles.All.OrderBy(r => r.Key).ToList();

    /// <summary>Set once the user exists; the generated password is shown on this answer only.</summary>
    public CreatedUserResponse? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        OrganisationId = admin.OrganisationId;
        Outline = new OrganisationOutline(await organisations.List(ct));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Outline = new OrganisationOutline(await organisations.List(ct));
        var request = new CreateUserRequest(UserName, DisplayName, string.IsNullOrEmpty(Password) ? null : Password, OrganisationId, Roles, Email);
        if (await this.Validate(request, "", Inputs))
            await this.Try("", async () => Created = await users.Create(request, ct), Inputs);
        return Page();
    }
}
