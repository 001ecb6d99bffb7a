using Federation.Host.Audit;
using Federation.Host.Identity;
using Federation.Host.Modules;
using Federation.Host.Organisations;
using Federation.Host.Tokens;
using Federation.Kernel.Messaging;
using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Host.Platform;

/// <summary>
/// The platform's own module: users, organisations, API tokens and the audit log. It is
/// always on and is registered like any work line, so its tables get migrations, an outbox
/// and an inbox the same way.
/// </summary>
internal sealed class PlatformModule : IModule
{
    public const string ModuleName = "Platform";
    public const string Admin = "platform.admin";
    public const string Audit = "platform.audit";

    public string Name => ModuleName;
    public string RoutePrefix => "admin";
    public string TablePrefix => "plt";
    public LocalizedText Title { get; } = new("系统管理", "Administration");

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Admin, PermissionKind.Admin, new("管理用户、组织和令牌", "Manage users, organisations and tokens")),
        new(Audit, PermissionKind.Admin, new("查看审计日志", "Read the audit log")),
    ];

    public IReadOnlyList<KpiDefinition> Kpis => [];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("用户", "Users"), "/admin/users", Admin, 910),
        new(new("组织", "Organisations"), "/admin/organisations", Admin, 920),
        new(new("接口令牌", "API tokens"), "/admin/tokens", Admin, 930),
        new(new("审计日志", "Audit log"), "/admin/audit", Audit, 940),
        new(new("模块", "Modules"), "/admin/modules", Admin, 950),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<PlatformDbContext>();
        registration.Subscribe<AuditRecorded, AuditLogWriter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        UserAdminEndpoints.Map(api);
        OrganisationEndpoints.Map(api);
        TokenEndpoints.Map(api);
        AuditEndpoints.Map(api);
        BackupEndpoints.Map(api);
        api.MapGet("/modules", ListModules).WithTags("Administration: modules").RequirePermission(Admin);
    }

    /// <summary>A running module: <c>source</c> is "built-in" or the folder it was dropped into; <c>state</c> "running" or "outOfService".</summary>
    internal sealed record ModuleResponse(string Name, string RoutePrefix, LocalizedText Title, string Version, string Source, string State,
        IReadOnlyList<PermissionDefinition> Permissions, IReadOnlyList<KpiDefinition> Kpis);

    internal sealed record FailureResponse(string Name, string Source, string Reason);

    private static Ok<object> ListModules(ModuleCatalog catalog) => TypedResults.Ok<object>(new
    {
        Enabled = catalog.Enabled.Select(m => Describe(catalog, m)),
        catalog.Disabled,
        Failed = catalog.Failed.Select(f => new FailureResponse(f.Name, f.Source, f.Reason)),
    });

    internal static ModuleResponse Describe(ModuleCatalog catalog, IModule m) => new(m.Name, m.RoutePrefix, m.Title,
        m.GetType().Assembly.GetName().Version?.ToString() ?? "", catalog.SourceOf(m).Folder ?? "built-in",
        catalog.HasFailed(m) ? "outOfService" : "running", m.Permissions, m.Kpis);
}
