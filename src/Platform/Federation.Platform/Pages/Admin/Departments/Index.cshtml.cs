using Federation.Kernel.Departments;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Platform.Departments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Admin.Departments;

/// <summary>
/// One organisation's departments, its own and the government's (/admin/departments?organisationId=),
/// with a form that adds one, and renaming and removing in each row.
/// </summary>
[RequirePermission(PlatformModule.Admin)]
internal sealed class IndexModel(DepartmentAdministration departments, IOrganisationDirectory directory, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty] public DepartmentRequest Form { get; set; } = new(null, null, null, null, null);

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<DepartmentResponse> Departments { get; private set; } = [];

    /// <summary>The message above the lists after a change: what was added, renamed or removed.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        await Load(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Form with { OrganisationId = Form.OrganisationId ?? OrganisationId, Version = null };
        if (await this.Validate(request, nameof(Form)) && await this.Try(nameof(Form), () => departments.Create(request, ct)))
            return RedirectToPage(new { organisationId = request.OrganisationId, done = string.Format(Platform.Resources.PlatformText.Get("DepartmentAdded"), request.Name!.Trim()) });
        await Load(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid id, string? name, DepartmentKind? kind, int? version, CancellationToken ct)
    {
        var request = new DepartmentRequest(name, kind, null, null, version);
        if (await this.Validate(request, "") && await this.Try("", () => departments.Update(id, request, ct)))
            return RedirectToPage(new { organisationId = OrganisationId, done = string.Format(Platform.Resources.PlatformText.Get("DepartmentRenamed"), name!.Trim()) });
        await Load(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int? version, CancellationToken ct)
    {
        var found = await departments.Find(id, ct);
        if (found is null) return NotFound();
        if (await this.Try("", () => departments.Remove(id, version, ct)))
            return RedirectToPage(new { organisationId = OrganisationId, done = string.Format(Platform.Resources.PlatformText.Get("DepartmentRemoved"), found.Name) });
        await Load(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Organisations = await directory.VisibleTo(user, ct);
        OrganisationId ??= user.OrganisationId ?? Organisations.FirstOrDefault()?.Id;
        Departments = OrganisationId is { } organisation ? await departments.List(new DepartmentQuery(organisation, null), ct) : [];
    }
}
