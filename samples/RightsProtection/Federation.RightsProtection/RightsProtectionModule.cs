using Federation.Enterprises.Contracts;
using Federation.Kernel.Kpis;
using Federation.RightsProtection.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.RightsProtection.Cases;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Registry;
using Microsoft.AspNetCore.Routing;

namespace Federation.RightsProtection;

/// <summary>
/// 侨益维权: the cases in which returned overseas Chinese, their relatives and overseas Chinese ask
/// the federation to help protect their lawful rights (property, inheritance, labour, investment
/// disputes), followed from receipt to resolution. Added as a drop-in module, outside the solution.
/// </summary>
public sealed class RightsProtectionModule : IModule
{
    internal const string ModuleName = "RightsProtection";
    internal const string Prefix = "rpc";
    internal const string Read = "rights.read";
    internal const string Write = "rights.write";
    internal const string PersonalDataRead = "rights.personal-data.read";

    private static readonly LocalizedText ModuleTitle = new("侨益维权", "Rights protection");

    public string Name => ModuleName;
    public string RoutePrefix => "rights";
    public string TablePrefix => Prefix;
    public LocalizedText Title => ModuleTitle;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("rights", ModuleTitle),
        PermissionDefinition.Write("rights", ModuleTitle),
        PermissionDefinition.PersonalData("rights", ModuleTitle),
    ];

    public IReadOnlyList<Kernel.PersonalData.PersonalRecordType> PersonalData => [CasePersonalData.Type];

    public IReadOnlyList<KpiDefinition> Kpis => RightsKpis.All;
    public LocalizedText ReportParagraph => RightsKpis.ReportParagraph;
    public IReadOnlyList<Kernel.Webhooks.WebhookEventType> WebhookEvents => CaseWebhooks.All;

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("维权个案", "Rights cases"), "/rights/cases", Read, 120),
        new(new("登记维权个案", "New rights case"), "/rights/cases/new", Write, 121),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<RightsDbContext>();
        registration.Subscribe<EnterpriseChanged, EnterpriseCopyWriter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        CaseEndpoints.Map(api);
        EnterpriseChoices.Map(api);
    }
}
