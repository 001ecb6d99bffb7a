using Federation.Kernel.Webhooks;
using Federation.Trade.Contracts;

namespace Federation.Trade.Orders;

/// <summary>
/// What trade support offers webhook subscribers: an overseas order won (confirmed, later delivered).
/// Sent with every save of a won order; receivers tell them apart by the version.
/// </summary>
internal static class OrderWebhooks
{
    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        WebhookEventType.For<OrderChanged>("trade.order-won", new("赢得海外订单", "Overseas order won"),
            [
                new("orderId", "uuid", new("订单编号", "The order's id")),
                new("enterpriseId", "uuid", new("企业编号，未关联时为空", "The enterprise's id; null when none is linked")),
                new("enterpriseName", "string", new("企业名称", "The enterprise's name")),
                new("buyerCountryOrRegion", "string", new("买方国家或地区代码", "The buyer's country or region code")),
                new("productCategory", "string", new("产品类别", "The product category")),
                new("currency", "string", new("币种", "The currency")),
                new("amount", "number", new("订单金额（原币）", "The amount in its currency")),
                new("amountYuan", "number", new("折合人民币金额（元）", "The amount in yuan")),
                new("confirmedOn", "date", new("确认日期", "The day it was confirmed")),
                new("status", "string", new("状态：已确认或已交付", "Confirmed or delivered")),
                new("town", "string", new("所在镇街", "The town")),
                new("version", "number", new("订单的版本号", "The order's version")),
            ],
            e => e.Removed || e.Order.Status is not (OrderStatus.Confirmed or OrderStatus.Delivered) ? null
                : new WebhookPayload("OverseasOrder", e.Order.OrderId.ToString(), e.Order.OrganisationId, new Dictionary<string, object?>
                {
                    ["orderId"] = e.Order.OrderId,
                    ["enterpriseId"] = e.Order.EnterpriseId,
                    ["enterpriseName"] = e.Order.EnterpriseName,
                    ["buyerCountryOrRegion"] = e.Order.BuyerCountryOrRegion,
                    ["productCategory"] = e.Order.ProductCategory,
                    ["currency"] = e.Order.Currency,
                    ["amount"] = e.Order.Amount,
                    ["amountYuan"] = e.Order.AmountFen / 100m,
                    ["confirmedOn"] = e.Order.ConfirmedOn,
                    ["status"] = e.Order.Status,
                    ["town"] = e.Order.Town,
                    ["version"] = e.Order.Version,
                })),
    ];
}
