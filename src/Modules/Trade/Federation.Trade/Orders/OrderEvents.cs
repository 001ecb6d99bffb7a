using System.Globalization;
using Federation.Enterprises.Contracts;
using Federation.Kernel.Geography;
using Federation.Kernel.Modules;
using Federation.Trade.Contracts;
using Federation.Trade.Data;

namespace Federation.Trade.Orders;

/// <summary>
/// What an order tells the other work lines when it changes: its snapshot, and a line on the
/// seller's timeline in Enterprise services (which learns of orders only this way).
/// </summary>
internal static class OrderEvents
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly Dictionary<OrderStatus, LocalizedText> StatusNames = new()
    {
        [OrderStatus.Intent] = new("意向", "intent"),
        [OrderStatus.Confirmed] = new("已确认", "confirmed"),
        [OrderStatus.Delivered] = new("已交付", "delivered"),
        [OrderStatus.Cancelled] = new("已取消", "cancelled"),
    };

    /// <summary>Queues both events, built at save time so they carry the committed version.</summary>
    public static void Publish(TradeDbContext db, OverseasOrder order)
    {
        db.Publish(() => new OrderChanged(order.ToSnapshot(), Removed: false));
        db.Publish(() => Activity(order, removed: false, order.Version));
    }

    public static void PublishRemoval(TradeDbContext db, OverseasOrder order)
    {
        db.Publish(new OrderChanged(order.ToSnapshot() with { Version = order.Version + 1 }, Removed: true));
        db.Publish(Activity(order, removed: true, order.Version + 1));
    }

    private static EnterpriseActivityReported Activity(OverseasOrder order, bool removed, int version)
    {
        var country = CountryOrRegion.Find(order.BuyerCountryOrRegion);
        var status = StatusNames[order.Status];
        var summary = new LocalizedText(
            $"海外订单：{order.ProductCategory}，销往{country?.Name(Chinese) ?? order.BuyerCountryOrRegion}（{status.Zh}）",
            $"Overseas order: {order.ProductCategory} to {country?.Name(English) ?? order.BuyerCountryOrRegion} ({status.En})");
        return new EnterpriseActivityReported(order.Id, order.OrganisationId, TradeModule.ModuleName, order.CreditCode, order.EnterpriseName,
            order.ConfirmedOn ?? order.OrderedOn, summary, order.AmountFen, removed, version);
    }
}
