using Federation.Host.Modules;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Host.Pages.Admin.Modules;

/// <summary>What this host runs: each work line with its version, where it came from, its state, permissions and KPIs; switched-off and failed ones with the reason.</summary>
[RequirePermission(PlatformPermissions.Admin)]
internal sealed class IndexModel(ModuleCatalog catalog) : PageModel
{
    public IReadOnlyList<ModuleEndpoints.ModuleResponse> Running { get; private set; } = [];
    public IReadOnlyList<string> Disabled => catalog.Disabled;
    public IReadOnlyList<ModuleFailure> Failed => catalog.Failed;

    public void OnGet() => Running = catalog.Enabled.Select(m => ModuleEndpoints.Describe(catalog, m)).ToList();
}
