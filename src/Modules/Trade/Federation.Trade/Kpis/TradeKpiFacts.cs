using Federation.Trade.Contracts;
using Federation.Scorecard.Contracts;
using Federation.Trade.Commendations;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Tours;

namespace Federation.Trade.Kpis;

/// <summary>
/// Everything Trade support tells the scorecard, in one place: what each counted record counts for.
/// <see cref="TradeDbContext"/> publishes it as <see cref="KpiFactsChanged"/> with every save.
/// </summary>
internal static class TradeKpiFacts
{
    public static KpiFactSources Sources { get; } = new KpiFactSources()
        .Of<TradePilot>(Of)
        .Of<OverseasOrder>(Of)
        .Of<InspectionTour>(Of)
        .Of<Commendation>(Of);

    /// <summary>The target counts in the achievement's denominator on the pilot's first day; the orders bring the numerator.</summary>
    internal static IEnumerable<KpiFact> Of(TradePilot pilot)
    {
        yield return new(TradeKpis.Pilots, pilot.StartsOn, Town: pilot.Town, ProgrammeId: pilot.ProgrammeId);
        if (pilot.TargetAmountFen > 0)
            yield return new(TradeKpis.PilotAchievement, pilot.StartsOn, Value: 0, OutOf: pilot.TargetAmountFen / 100m, Town: pilot.Town, ProgrammeId: pilot.ProgrammeId);
    }

    /// <summary>
    /// A confirmed order counts once, with its yuan as stated ("约1.5亿元"), on the day it was
    /// confirmed; until then it is an intended order, counted apart on the day it was ordered, so
    /// confirming moves it from the one to the other. A cancelled one leaves the figures.
    /// </summary>
    internal static IEnumerable<KpiFact> Of(OverseasOrder order)
    {
        var yuan = order.AmountFen / 100m;
        if (order.Status == OrderStatus.Intent)
        {
            yield return new(TradeKpis.IntendedOrders, order.OrderedOn, Town: order.Town, CountryOrRegion: order.BuyerCountryOrRegion, ProgrammeId: order.ProgrammeId);
            yield return new(TradeKpis.IntendedOrderAmount, order.OrderedOn, yuan, Town: order.Town, CountryOrRegion: order.BuyerCountryOrRegion,
                ProgrammeId: order.ProgrammeId, Qualifier: order.AmountQualifier);
        }
        if (!order.Counts) yield break;
        var on = order.ConfirmedOn!.Value;
        yield return new(TradeKpis.Orders, on, Town: order.Town, CountryOrRegion: order.BuyerCountryOrRegion, ProgrammeId: order.ProgrammeId);
        yield return new(TradeKpis.OrderAmount, on, yuan, Town: order.Town, CountryOrRegion: order.BuyerCountryOrRegion, ProgrammeId: order.ProgrammeId,
            Qualifier: order.AmountQualifier);
        if (order.PilotId is not null)
            yield return new(TradeKpis.PilotAchievement, on, yuan, Town: order.Town, CountryOrRegion: order.BuyerCountryOrRegion, ProgrammeId: order.ProgrammeId);
    }

    internal static IEnumerable<KpiFact> Of(InspectionTour tour)
    {
        yield return new(TradeKpis.Tours, tour.StartsOn, ProgrammeId: tour.ProgrammeId);
        foreach (var group in tour.Participants)
            yield return new(TradeKpis.PersonTimes, tour.StartsOn, group.PersonTimes, CountryOrRegion: group.CountryOrRegion, ProgrammeId: tour.ProgrammeId);
        foreach (var town in tour.Towns)
            yield return new(TradeKpis.TownsCovered, tour.StartsOn, Town: town, DistinctKey: town, ProgrammeId: tour.ProgrammeId);
    }

    internal static IEnumerable<KpiFact> Of(Commendation commendation) => [new(TradeKpis.Commendations, commendation.ReceivedOn)];
}
