using Autofac;
using Federation.Enterprises.Contracts;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Web;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Federation.Trade.Demo;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Registry;
using Federation.Trade.Tours;
using Microsoft.AspNetCore.Routing;
using Federation.Trade.Kpis;

namespace Federation.Trade;

/// <summary>以侨助贸: trade pilots, the overseas orders won through overseas networks, inspection tours and commendations.</summary>
public sealed class TradeModule : IModule
{
    internal const string ModuleName = "Trade";
    internal const string Read = "trade.read";
    internal const string Write = "trade.write";

    private static readonly LocalizedText ModuleTitle = new("以侨助贸", "Trade support");

    public string Name => ModuleName;
    public string RoutePrefix => "trade";
    public string TablePrefix => "trd";
    public LocalizedText Title => ModuleTitle;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        PermissionDefinition.Read("trade", ModuleTitle),
        PermissionDefinition.Write("trade", ModuleTitle),
    ];

    public IReadOnlyList<KpiDefinition> Kpis => TradeKpis.All;
    public LocalizedText ReportParagraph => TradeKpis.ReportParagraph;
    public IReadOnlyList<Kernel.Webhooks.WebhookEventType> WebhookEvents => Orders.OrderWebhooks.All;

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("以侨助贸试点", "Trade pilots"), "/trade/pilots", Read, 100),
        new(new("海外订单", "Overseas orders"), "/trade/orders", Read, 101),
        new(new("华商行考察", "Inspection tours"), "/trade/tours", Read, 102),
        new(new("表彰与锦旗", "Commendations"), "/trade/commendations", Read, 103),
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<TradeDbContext>();
        registration.Subscribe<EnterpriseChanged, EnterpriseCopyWriter>();
        registration.Services(c => c.RegisterType<TradeDemoData>().As<IDemoData>().InstancePerLifetimeScope());
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        PilotEndpoints.Map(api);
        OrderEndpoints.Map(api);
        TourEndpoints.Map(api);
        CommendationEndpoints.Map(api);
        EnterpriseChoices.Map(api);
    }
}
