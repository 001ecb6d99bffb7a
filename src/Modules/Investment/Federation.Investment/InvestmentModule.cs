using Autofac;
using Federation.Enterprises.Contracts;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Kpis;
using Federation.Investment.Demo;
using Federation.Investment.Events;
using Federation.Investment.Leads;
using Federation.Investment.Outcomes;
using Federation.Investment.Projects;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Routing;

namespace Federation.Investment;

/// <summary>招商引资: investment events, the project ledger, bank credit lines and outcomes that are not money.</summary>
public sealed class InvestmentModule : IModule
{
    internal const string ModuleName = "Investment";
    internal const string Read = "investment.read";
    internal const string Write = "investment.write";

    private static readonly LocalizedText ModuleTitle = new("招商引资", "Investment");

    public string Name => ModuleName;
    public string RoutePrefix => "investment";
    public string TablePrefix => "inv";
    public LocalizedText Title => ModuleTitle;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("investment", ModuleTitle),
        PermissionDefinition.Write("investment", ModuleTitle),
    ];

    public IReadOnlyList<KpiDefinition> Kpis => InvestmentKpis.All;
    public LocalizedText ReportParagraph => InvestmentKpis.ReportParagraph;
    public IReadOnlyList<Kernel.Webhooks.WebhookEventType> WebhookEvents => Projects.ProjectWebhooks.All;

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("招商活动", "Investment events"), "/investment/events", Read, 10),
        new(new("项目台账", "Project ledger"), "/investment/projects", Read, 20),
        new(new("项目看板", "Project board"), "/investment/projects/board", Read, 25),
        new(new("银行授信", "Credit lines"), "/investment/credit-lines", Read, 30),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<InvestmentDbContext>();
        registration.Subscribe<InvestmentLeadRaised, InvestmentLeadConsumer>();
        registration.Services(c => c.RegisterType<InvestmentDemoData>().As<IDemoData>().InstancePerLifetimeScope());
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        EventEndpoints.Map(api);
        ProjectEndpoints.Map(api);
        CreditLineEndpoints.Map(api);
        OutcomeEndpoints.Map(api);
    }
}
