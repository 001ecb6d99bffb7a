using Federation.Investment.Contracts;
using Federation.Talent.Conferences;
using Autofac;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Demo;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Partners;
using Federation.Talent.Talents;
using Microsoft.AspNetCore.Routing;
using Federation.Talent.Kpis;

namespace Federation.Talent;

/// <summary>招才引智: talent events, the talents met, their letters of intent, and what partners set up in the city.</summary>
public sealed class TalentModule : IModule
{
    internal const string ModuleName = "Talent";
    internal const string Read = "talent.read";
    internal const string Write = "talent.write";
    internal const string PersonalDataRead = "talent.personal-data.read";

    private static readonly LocalizedText ModuleTitle = new("招才引智", "Talent");

    public string Name => ModuleName;
    public string RoutePrefix => "talent";
    public string TablePrefix => "tal";
    public LocalizedText Title => ModuleTitle;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("talent", ModuleTitle),
        PermissionDefinition.Write("talent", ModuleTitle),
        PermissionDefinition.PersonalData("talent", ModuleTitle),
    ];

    public IReadOnlyList<Kernel.PersonalData.PersonalRecordType> PersonalData => [TalentPersonalData.Type];

    public IReadOnlyList<KpiDefinition> Kpis => TalentKpis.All;
    public LocalizedText ReportParagraph => TalentKpis.ReportParagraph;

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("引才活动", "Talent events"), "/talent/events", Read, 40),
        new(new("人才库", "Talents"), "/talent/talents", Read, 50),
        new(new("落地意向书", "Letters of intent"), "/talent/letters", Read, 60),
        new(new("合作基地", "Partner bases"), "/talent/partner-bases", Read, 70),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<TalentDbContext>();
        registration.Subscribe<InvestmentEventHeld, ConferenceCopyWriter>();
        registration.Subscribe<InvestmentEventCorrected, ConferenceCopyWriter>();
        registration.Subscribe<InvestmentEventRemoved, ConferenceCopyWriter>();
        registration.Services(c => c.RegisterType<TalentDemoData>().As<IDemoData>().InstancePerLifetimeScope());
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        TalentEventEndpoints.Map(api);
        TalentEndpoints.Map(api);
        LetterEndpoints.Map(api);
        PartnerBaseEndpoints.Map(api);
    }
}
