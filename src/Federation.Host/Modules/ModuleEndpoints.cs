using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Host.Modules;

/// <summary>
/// What this host runs, for administrators: <c>GET /api/admin/modules</c> and the modules page.
/// The host answers it because the module loader is the host's, not the platform's.
/// </summary>
internal static class ModuleEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ModuleCatalog catalog) =>
        app.MapGet("/api/admin/modules", () => List(catalog))
            .WithTag("Administration: modules", "The work lines this host runs, for administrators.").RequirePermission(PlatformPermissions.Admin)
            .Describe("adminModulesList", "List the modules", "The work lines this host runs, switched off or failed to load: each with its source, version, permissions and KPIs.");

    /// <summary>A running module: <c>source</c> is "built-in" or the folder it was dropped into; <c>state</c> "running" or "outOfService".</summary>
    internal sealed record ModuleResponse(string Name, string RoutePrefix, LocalizedText Title, string Version, string Source, string State,
        IReadOnlyList<PermissionDefinition> Permissions, IReadOnlyList<KpiDefinition> Kpis);

    internal sealed record FailureResponse(string Name, string Source, string Reason);

    private static Ok<object> List(ModuleCatalog catalog) => TypedResults.Ok<object>(new
    {
        Enabled = catalog.Enabled.Select(m => Describe(catalog, m)),
        catalog.Disabled,
        Failed = catalog.Failed.Select(f => new FailureResponse(f.Name, f.Source, f.Reason)),
    });

    internal static ModuleResponse Describe(ModuleCatalog catalog, IModule m) => new(m.Name, m.RoutePrefix, m.Title,
        m.GetType().Assembly.GetName().Version?.ToString() ?? "", catalog.SourceOf(m).Folder ?? "built-in",
        catalog.HasFailed(m) ? "outOfService" : "running", m.Permissions, m.Kpis);
}
