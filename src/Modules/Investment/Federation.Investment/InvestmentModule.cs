using Autofac;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Demo;
using Federation.Investment.Events;
using Federation.Investment.Projects;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Routing;

namespace Federation.Investment;

/// <summary>招商引资: investment events, the project ledger and bank credit lines.</summary>
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

    public IReadOnlyList<KpiDefinition> Kpis { get; } =
    [
        new("investment.events-held", new("招商活动场次", "Investment events held"), KpiUnit.Count, KpiAggregation.Count),
        new("investment.attendees", new("参会人数", "Attendees"), KpiUnit.PersonTimes, KpiAggregation.Sum),
        new("investment.countries-reached", new("覆盖国家和地区", "Countries and regions reached"), KpiUnit.Count, KpiAggregation.DistinctCount),
        new("investment.projects-signed", new("签约项目数", "Projects signed"), KpiUnit.Count, KpiAggregation.Count),
        new("investment.signed-amount", new("签约项目金额", "Amount of projects signed"), KpiUnit.Yuan, KpiAggregation.Sum),
        new("investment.groundbreaking-rate", new("签约项目动工率", "Groundbreaking rate of signed projects"), KpiUnit.Percent, KpiAggregation.Ratio),
        new("investment.credit-lines", new("银行授信额度", "Bank credit lines obtained"), KpiUnit.Yuan, KpiAggregation.Sum),
    ];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("招商活动", "Investment events"), "/investment/events", Read, 10),
        new(new("项目台账", "Project ledger"), "/investment/projects", Read, 20),
        new(new("银行授信", "Credit lines"), "/investment/credit-lines", Read, 30),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<InvestmentDbContext>();
        registration.Services(c => c.RegisterType<InvestmentDemoData>().As<IDemoData>().InstancePerLifetimeScope());
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        EventEndpoints.Map(api);
        ProjectEndpoints.Map(api);
        CreditLineEndpoints.Map(api);
    }
}
