using Federation.Kernel.Figures;
using Federation.Kernel.Http;
using Federation.Kernel.Kpis;
using Federation.Trade.Contracts;
using Federation.Trade.Registry;
using Federation.Trade.Resources;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Trade.Orders;

/// <summary>
/// An overseas order won with the federation's help: who sold what to which country, in what
/// currency at what recorded rate, and how far it has come. Only confirmed orders count.
/// </summary>
internal sealed class OverseasOrder : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }

    /// <summary>The registered enterprise, when the seller is in the registry; the name is kept either way.</summary>
    public Guid? EnterpriseId { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public string? CreditCode { get; private set; }
    /// <summary>The buyer's country or region, or null when the report did not disclose it (未披露).</summary>
    public string? BuyerCountryOrRegion { get; set; }
    public required string ProductCategory { get; set; }
    public required string Currency { get; set; }
    public decimal Amount { get; private set; }
    public decimal RateToYuan { get; private set; }
    public DateOnly RateOn { get; private set; }
    public long AmountFen { get; private set; }

    /// <summary>How the report stated the amount: "约1.5亿元" is about.</summary>
    public Qualifier AmountQualifier { get; set; }
    public DateOnly OrderedOn { get; set; }
    public Guid? PilotId { get; set; }
    public required string Town { get; set; }
    public OrderStatus Status { get; private set; } = OrderStatus.Intent;
    public DateOnly? ConfirmedOn { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    public DateOnly? CancelledOn { get; private set; }
    public string? CancelReason { get; private set; }
    public string? Notes { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("海外订单", "Overseas order"), EnterpriseName,
        SearchDescription.Words(ProductCategory, CreditCode, Town, Notes), $"/trade/orders/{Id}", TradeModule.Read);

    public void NameAfter(KnownEnterprise enterprise)
    {
        EnterpriseId = enterprise.Id;
        EnterpriseName = enterprise.Name;
        CreditCode = enterprise.CreditCode;
    }

    public void NameUnregistered(string name)
    {
        EnterpriseId = null;
        EnterpriseName = name;
        CreditCode = null;
    }

    /// <summary>Records the amount, its currency's rate on a given day, and the yuan it makes.</summary>
    public void Price(string currency, decimal amount, decimal rateToYuan, DateOnly rateOn)
    {
        Currency = currency;
        Amount = amount;
        RateToYuan = rateToYuan;
        RateOn = rateOn;
        AmountFen = YuanConversion.ToFen(amount, rateToYuan);
    }

    public void MoveTo(OrderStatus to, DateOnly on, string? reason)
    {
        if (!OrderStatusRules.CanMove(Status, to))
            throw new RuleViolationException("status", TradeText.Format("OrderMoveNotAllowed", TradeText.Of(Status), TradeText.Of(to)));
        if (on < OrderedOn)
            throw new RequestRejectedException("on", TradeText.Format("OrderStepBeforeOrdered", OrderedOn.ToString("yyyy-MM-dd")));
        switch (to)
        {
            case OrderStatus.Confirmed: ConfirmedOn = on; break;
            case OrderStatus.Delivered:
                if (on < ConfirmedOn) throw new RequestRejectedException("on", TradeText.Get("DeliveredBeforeConfirmed"));
                DeliveredOn = on;
                break;
            default:
                if (on < ConfirmedOn) throw new RequestRejectedException("on", TradeText.Get("CancelledBeforeConfirmed"));
                CancelledOn = on;
                CancelReason = reason;
                break;
        }
        Status = to;
    }

    public bool Counts => Status is OrderStatus.Confirmed or OrderStatus.Delivered;

    public OrderSnapshot ToSnapshot() => new(Id, OrganisationId, EnterpriseId, EnterpriseName, CreditCode, BuyerCountryOrRegion, ProductCategory,
        Currency, Amount, RateToYuan, AmountFen, OrderedOn, ConfirmedOn, Status, PilotId, Town, Version);
}

/// <summary>intent → confirmed → delivered; intent or confirmed → cancelled.</summary>
internal static class OrderStatusRules
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Moves = new()
    {
        [OrderStatus.Intent] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Confirmed] = [OrderStatus.Delivered, OrderStatus.Cancelled],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<OrderStatus> AllowedAfter(OrderStatus from) => Moves[from];
}
