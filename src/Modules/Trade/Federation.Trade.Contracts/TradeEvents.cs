using Federation.Kernel.Messaging;

namespace Federation.Trade.Contracts;

/// <summary>intent → confirmed → delivered, or cancelled; only confirmed (and delivered) orders count as new orders.</summary>
public enum OrderStatus
{
    Intent,
    Confirmed,
    Delivered,
    Cancelled,
}

/// <summary>
/// An overseas order won with the federation's help, as it now stands: the amount in its currency,
/// the rate recorded for it and the amount in yuan (exact to the fen) that the figures count.
/// </summary>
public sealed record OrderSnapshot(
    Guid OrderId,
    Guid OrganisationId,
    Guid? EnterpriseId,
    string EnterpriseName,
    string? CreditCode,
    string? BuyerCountryOrRegion,
    string ProductCategory,
    string Currency,
    decimal Amount,
    decimal RateToYuan,
    long AmountFen,
    DateOnly OrderedOn,
    DateOnly? ConfirmedOn,
    OrderStatus Status,
    Guid? PilotId,
    string Town,
    int Version);

/// <summary>An order was recorded, moved on, corrected or (when <see cref="Removed"/>) deleted.</summary>
public sealed record OrderChanged(OrderSnapshot Order, bool Removed) : IntegrationEvent;

/// <summary>An inspection tour (侨创中山华商行) as it now stands: towns visited and person-times.</summary>
public sealed record InspectionTourChanged(
    Guid TourId, Guid OrganisationId, string Title, DateOnly StartsOn, IReadOnlyList<string> Towns, int PersonTimes, bool Removed, int Version)
    : IntegrationEvent;
