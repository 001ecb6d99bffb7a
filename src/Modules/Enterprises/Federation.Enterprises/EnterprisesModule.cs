using Autofac;
using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Demo;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Sessions;
using Federation.Enterprises.Timeline;
using Federation.Enterprises.Visits;
using Federation.Investment.Contracts;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Talent.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Federation.Enterprises.Kpis;

namespace Federation.Enterprises;

/// <summary>
/// 侨企服务: the registry of overseas-Chinese-funded enterprises, service campaigns, visits, the
/// concerns heard and followed to a solution, policy sessions and joint measures, and each
/// enterprise's timeline across the work lines.
/// </summary>
public sealed class EnterprisesModule : IModule
{
    internal const string ModuleName = "Enterprises";
    internal const string Read = "enterprises.read";
    internal const string Write = "enterprises.write";
    internal const string PersonalDataRead = "enterprises.personal-data.read";

    private static readonly LocalizedText ModuleTitle = new("侨企服务", "Enterprise services");

    public string Name => ModuleName;
    public string RoutePrefix => "enterprises";
    public string TablePrefix => "ent";
    public LocalizedText Title => ModuleTitle;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("enterprises", ModuleTitle),
        PermissionDefinition.Write("enterprises", ModuleTitle),
        PermissionDefinition.PersonalData("enterprises", ModuleTitle),
    ];

    public IReadOnlyList<Kernel.PersonalData.PersonalRecordType> PersonalData => [ContactPersonalData.Type];

    public IReadOnlyList<KpiDefinition> Kpis => EnterpriseKpis.All;
    public LocalizedText ReportParagraph => EnterpriseKpis.ReportParagraph;
    public IReadOnlyList<Kernel.Webhooks.WebhookEventType> WebhookEvents => Concerns.ConcernWebhooks.All;

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("我联系的侨企", "My enterprises"), "/enterprises/mine", Read, 80),
        new(new("侨企名录", "Enterprise registry"), "/enterprises/registry", Read, 81),
        new(new("服务行动", "Service campaigns"), "/enterprises/campaigns", Read, 82),
        new(new("走访记录", "Visits"), "/enterprises/visits", Read, 83),
        new(new("诉求办理", "Concern queue"), "/enterprises/concerns", Read, 84),
        new(new("政策面对面", "Policy sessions"), "/enterprises/sessions", Read, 85),
        new(new("联合服务举措", "Joint measures"), "/enterprises/measures", Read, 86),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<EnterprisesDbContext>();
        registration.Subscribe<ProjectStageReached, ProjectTimelineWriter>();
        registration.Subscribe<ProjectStageReverted, ProjectTimelineWriter>();
        registration.Subscribe<ProjectCorrected, ProjectTimelineWriter>();
        registration.Subscribe<ProjectRemoved, ProjectTimelineWriter>();
        registration.Subscribe<LetterOfIntentChanged, LetterTimelineWriter>();
        registration.Subscribe<EnterpriseActivityReported, ReportedActivityWriter>();
        registration.Services(c =>
        {
            c.RegisterType<EnterpriseTimeline>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<OverdueConcerns>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<OverdueSweep>().As<IHostedService>().SingleInstance();
            c.RegisterType<EnterpriseDemoData>().As<IDemoData>().InstancePerLifetimeScope();
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        EnterpriseEndpoints.Map(api);
        CampaignEndpoints.Map(api);
        VisitEndpoints.Map(api);
        ConcernEndpoints.Map(api);
        PolicySessionEndpoints.Map(api);
        JointMeasureEndpoints.Map(api);
    }
}
