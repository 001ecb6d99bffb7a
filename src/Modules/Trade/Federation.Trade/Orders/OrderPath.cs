using Federation.Trade.Contracts;

namespace Federation.Trade.Orders;

/// <summary>
/// The status steps an imported row asks of an order: from where the order stands to the row's
/// status, each with the day the row gives for it and the column that day comes from, so a refused
/// step is reported where the ledger can be corrected.
/// </summary>
internal static class OrderPath
{
    public const string ConfirmedOn = "confirmedOn";
    public const string DeliveredOn = "deliveredOn";
    public const string CancelledOn = "cancelledOn";

    /// <summary>The days a row gives for the steps, any of them blank.</summary>
    public sealed record Dates(DateOnly? ConfirmedOn, DateOnly? DeliveredOn, DateOnly? CancelledOn);

    public sealed record Step(OrderStatus To, DateOnly? On, string Column);

    /// <summary>
    /// The steps still to take from <paramref name="current"/> to <paramref name="target"/>; none when
    /// the order is there already or the target lies behind it. A step the order cannot take (to
    /// delivered from cancelled) is kept, so that the use case refuses it with its own reason.
    /// </summary>
    public static List<Step> From(OrderStatus current, bool confirmedAlready, OrderStatus target, DateOnly? orderedOn, Dates dates, bool newOrder)
    {
        if (current == target) return [];
        // A new order confirmed without a day of its own was confirmed when ordered, as the form enters
        // it; an order already in the ledger was not, so moving it needs the day the row gives.
        var confirm = new Step(OrderStatus.Confirmed, dates.ConfirmedOn ?? (newOrder ? orderedOn : null), ConfirmedOn);
        var cancel = new Step(OrderStatus.Cancelled, dates.CancelledOn, CancelledOn);
        List<Step> path = target switch
        {
            OrderStatus.Confirmed => [confirm],
            OrderStatus.Delivered => [confirm, new(OrderStatus.Delivered, dates.DeliveredOn, DeliveredOn)],
            OrderStatus.Cancelled when dates.ConfirmedOn is not null => [confirm, cancel],
            OrderStatus.Cancelled => [cancel],
            _ => [],
        };
        return confirmedAlready ? path.Where(s => s.To != OrderStatus.Confirmed).ToList() : path;
    }
}
