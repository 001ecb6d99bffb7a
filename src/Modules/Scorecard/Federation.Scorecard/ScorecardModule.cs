using Autofac;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Kernel.Workspace;
using Federation.Scorecard.Data;
using Federation.Scorecard.Demo;
using Federation.Scorecard.Facts;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Funnel;
using Federation.Scorecard.Programmes;
using Federation.Scorecard.Report;
using Microsoft.AspNetCore.Routing;
using Federation.Scorecard.Contracts;

namespace Federation.Scorecard;

/// <summary>
/// 成绩单: the figures of any period, counted only from the KPI facts the work lines publish
/// (<see cref="KpiFactsChanged"/>) and the stages their records reach
/// (<see cref="PipelineProgressChanged"/>), into tables of its own; it knows no work line by name.
/// </summary>
public sealed class ScorecardModule : IModule
{
    internal const string ModuleName = "Scorecard";
    internal const string Read = "scorecard.read";
    internal const string Configure = "scorecard.configure";

    private static readonly LocalizedText ModuleTitle = new("成绩单", "Scorecard");

    public string Name => ModuleName;
    public string RoutePrefix => "scorecard";
    public string TablePrefix => "sc";
    public LocalizedText Title => ModuleTitle;
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("scorecard", ModuleTitle),
        new(Configure, PermissionKind.Admin, new("配置工作计划和目标", "Configure programmes and targets")),
    ];
    public IReadOnlyList<KpiDefinition> Kpis => [];
    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("年度成绩单", "Annual scorecard"), "/scorecard", Read, 1),
        new(new("年度报告", "Annual report"), "/scorecard/report", Read, 2),
        new(new("工作计划与目标", "Programmes and targets"), "/scorecard/programmes", Read, 3),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<ScorecardDbContext>();
        registration.Provide<IProgrammeCatalogue, ProgrammeCatalogue>();
        registration.Provide<IHeadlineFigures, HeadlineFigures>();
        registration.Services(c =>
        {
            c.RegisterType<ScorecardWorkbook>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<ScorecardQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<ReadingScope>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<PeriodCells>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<FunnelQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<AnnualReportWriter>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<ReportDocument>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<LaunchEvents>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<ProgrammeDemoData>().As<IDemoData>().InstancePerLifetimeScope();
        });
        registration.Subscribe<KpiFactsChanged, KpiFactsWriter>();
        registration.Subscribe<PipelineProgressChanged, PipelineProgressWriter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ScorecardEndpoints.Map(api);
        FunnelEndpoints.Map(api);
        ProgrammeEndpoints.Map(api);
        Rebuild.Map(api);
    }
}
