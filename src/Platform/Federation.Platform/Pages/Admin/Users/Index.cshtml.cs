using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Federation.Platform.Pages.Admin.Organisations;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Identity.UserAdminEndpoints;

namespace Federation.Platform.Pages.Admin.Users;

[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(UserAdministration users, OrganisationAdministration organisations, Roles roles, Federation.Kernel.Identity.ICurrentUser reader) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<UserResponse> Users { get; private set; } = new([], 0, 1, PageSize);
    public OrganisationOutline Outline { get; private set; } = new([]);
    public IReadOnlyList<RoleDefinition> RoleChoices { get; } = roles.All.OrderBy(r => r.Key).ToList();

    /// <summary>The reader, whose browser remembers the columns they hid.</summary>
    public Guid? ReaderId => reader.UserId;

    /// <summary>Saves the filters shown for the signed-in user (_ListTools).</summary>
    public Task<IActionResult> OnPostSaveFilterAsync([FromServices] ISavedFilters saved, string? filterName, CancellationToken ct) =>
        this.SaveFilter(saved, filterName, async () => { await OnGetAsync(ct); return Page(); }, ct);

    /// <summary>Removes one of the signed-in user's saved filters.</summary>
    public Task<IActionResult> OnPostDeleteFilterAsync([FromServices] ISavedFilters saved, Guid filterId, CancellationToken ct) =>
        this.DeleteFilter(saved, filterId, ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Outline = new OrganisationOutline(await organisations.List(ct));
        await this.Try("", async () =>
            Users = await users.List(new ListQuery(Q, OrganisationId, Role, PageNumber, PageSize), ct),
            new Dictionary<string, string> { ["page"] = nameof(PageNumber) });
    }

    /// <summary>Every user the filters select (not one page), as a workbook with the list's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<UserResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<UserResponse>(async (page, size) =>
            {
                var list = await users.List(new ListQuery(Q, OrganisationId, Role, page, size), ct);
                return (list.Items, list.Total);
            })))
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Outline = new OrganisationOutline(await organisations.List(ct));
        string YesNo(bool value) => PlatformText.Get(value ? "Yes" : "No");
        return await ListWorkbook.File(PlatformText.Get("Users"),
        [
            new ExportColumn<UserResponse>(PlatformText.Get("UserName"), u => u.UserName),
            new(PlatformText.Get("DisplayName"), u => u.DisplayName),
            new(PlatformText.Get("Organisation"), u => Outline.NameOf(u.OrganisationId)),
            new(PlatformText.Get("Roles"), u => string.Join(PlatformText.Get("ListSeparator"), RoleTitles(u))),
            new(PlatformText.Get("Disabled"), u => YesNo(u.Disabled)),
            new(PlatformText.Get("LockedOutState"), u => YesNo(u.LockedOut)),
        ], rows, ct);
    }

    public IEnumerable<string> RoleTitles(UserResponse user) => user.Roles.Select(key =>
        RoleChoices.FirstOrDefault(r => r.Key == key)?.Title.For(System.Globalization.CultureInfo.CurrentUICulture) ?? key);
}
