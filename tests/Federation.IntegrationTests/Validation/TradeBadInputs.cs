using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Validation;

/// <summary>
/// Bad bodies for the Trade support work line's writes. The fixture's pilot, tour and commendation
/// are each at version 1; its order was entered as confirmed on 2023-03-01, so it is at version 1,
/// confirmed on its order date, and belongs to the pilot.
/// </summary>
internal static class TradeBadInputs
{
    private const string NoSuchRecord = "0190a6f4-0000-7000-8000-000000000001";

    private static readonly (string, string, Area) StartPilot = ("POST", "api/trade/pilots", Area.Pilots);
    private static readonly (string, string, Area) CorrectPilot = ("PUT", "api/trade/pilots/{pilot}", Area.Pilots);
    private static readonly (string, string, Area) RemovePilot = ("DELETE", "api/trade/pilots/{pilot}", Area.Pilots);
    private static readonly (string, string, Area) RecordOrder = ("POST", "api/trade/orders", Area.Orders);
    private static readonly (string, string, Area) CorrectOrder = ("PUT", "api/trade/orders/{order}", Area.Orders);
    private static readonly (string, string, Area) MoveOrder = ("POST", "api/trade/orders/{order}/status", Area.Orders);
    private static readonly (string, string, Area) RemoveOrder = ("DELETE", "api/trade/orders/{order}", Area.Orders);
    private static readonly (string, string, Area) HoldTour = ("POST", "api/trade/tours", Area.Tours);
    private static readonly (string, string, Area) CorrectTour = ("PUT", "api/trade/tours/{tour}", Area.Tours);
    private static readonly (string, string, Area) Receive = ("POST", "api/trade/commendations", Area.Commendations);
    private static readonly (string, string, Area) CorrectCommendation = ("PUT", "api/trade/commendations/{commendation}", Area.Commendations);
    private static readonly (string, string, Area) RemoveCommendation = ("DELETE", "api/trade/commendations/{commendation}", Area.Commendations);

    public static IEnumerable<BadInput> All() => Pilots().Concat(Orders()).Concat(Steps()).Concat(Tours()).Concat(Commendations());

    private static IEnumerable<BadInput> Pilots()
    {
        var valid = From(TradeRequests.Pilot());
        yield return StartPilot.Sends("ending before it starts", valid.With("endsOn", "2023-02-01"), "endsOn");
        yield return StartPilot.Sends("a target of -1 yuan", valid.With("targetAmount", -1), "targetAmount");
        yield return StartPilot.Sends("a target of 1e13 yuan", valid.With("targetAmount", Raw("1e13")), "targetAmount");
        yield return StartPilot.Sends("a target finer than the fen", valid.With("targetAmount", 1_000_000.001m), "targetAmount");
        yield return StartPilot.Sends("a null participant", valid.With("participants", Raw("[null]")), "participants[0]");
        yield return StartPilot.Sends("no name", valid.Without("name"), "name");
        yield return StartPilot.Sends("no town", valid.Without("town"), "town");
        yield return StartPilot.Sends("programmeId of no programme", valid.With("programmeId", NoSuchRecord), "programmeId");
        yield return CorrectPilot.Sends("a correction without its version", valid, "version");
        yield return RemovePilot.Calls("no version", "", "version");
    }

    private static IEnumerable<BadInput> Orders()
    {
        var valid = From(TradeRequests.Order(enterpriseName: "坏输入测试企业"));
        yield return RecordOrder.Sends("currency \"XYZ\"", valid.With("currency", "XYZ"), "currency");
        yield return RecordOrder.Sends("currency in lower case", valid.With("currency", "usd"), "currency");
        yield return RecordOrder.Sends("no currency", valid.Without("currency"), "currency");
        yield return RecordOrder.Sends("yen with decimals", valid.With("currency", "JPY").With("amount", 1_000.5m).With("rateToYuan", 0.0503m), "amount");
        yield return RecordOrder.Sends("dollars with three decimals", valid.With("amount", 100.555m), "amount");
        yield return RecordOrder.Sends("an amount of 0", valid.With("amount", 0), "amount");
        yield return RecordOrder.Sends("an amount of -1", valid.With("amount", -1), "amount");
        yield return RecordOrder.Sends("an amount of 2e12 yuan", valid.With("currency", "CNY").With("rateToYuan", 1).With("amount", Raw("2e12")), "amount");
        yield return RecordOrder.Sends("an amount whose yuan exceed 1e12", valid.With("amount", 500_000_000_000m).With("rateToYuan", 7), "amount");
        yield return RecordOrder.Sends("an amount as text", valid.With("amount", "十万"), "amount");
        // The minor-unit check runs after Known() has failed (FluentValidation continues along a rule): it must pass over null.
        yield return RecordOrder.Sends("no amount", valid.Without("amount"), "amount");
        // Fails while Orders/OrderRequests.cs's class-level rule multiplies amount × rate unchecked: an amount near decimal's
        // limit overflows (OverflowException) and answers 500 instead of naming the amount. The product should be taken only
        // when both are within their own limits (0 < amount ≤ 1e12, 0 < rate ≤ 1000).
        yield return RecordOrder.Sends("an amount of 5e28", valid.With("amount", Raw("5e28")), "amount");
        yield return RecordOrder.Sends("a yuan order at a rate of 7", valid.With("currency", "CNY").With("rateToYuan", 7), "rateToYuan");
        // The rate of every currency is checked, not only the yuan's (a When over the whole chain once skipped them all,
        // writing these orders and answering 500 for a missing rate).
        yield return RecordOrder.Sends("a rate of 0", valid.With("rateToYuan", 0), "rateToYuan");
        yield return RecordOrder.Sends("a rate of -7.1776", valid.With("rateToYuan", -7.1776m), "rateToYuan");
        yield return RecordOrder.Sends("a rate with seven decimals", valid.With("rateToYuan", 7.1234567m), "rateToYuan");
        yield return RecordOrder.Sends("no rate", valid.Without("rateToYuan"), "rateToYuan");
        yield return RecordOrder.Sends("rate as text", valid.With("rateToYuan", "七点一"), "rateToYuan");
        yield return RecordOrder.Sends("rateOn of 2023-02-30", valid.With("rateOn", "2023-02-30"), "rateOn");
        yield return RecordOrder.Sends("buyer country XX", valid.With("buyerCountryOrRegion", "XX"), "buyerCountryOrRegion");
        yield return RecordOrder.Sends("an amount stated as a range", valid.With("amountQualifier", "range"), "amountQualifier");
        yield return RecordOrder.Sends("neither an enterprise nor a seller's name", valid.Without("enterpriseName"), "enterpriseName");
        yield return RecordOrder.Sends("a seller's name of 10,000 characters", valid.With("enterpriseName", TenThousandCharacters), "enterpriseName");
        yield return RecordOrder.Sends("enterpriseId of no enterprise", valid.With("enterpriseId", NoSuchRecord), "enterpriseId");
        yield return RecordOrder.Sends("pilotId of no pilot", valid.With("pilotId", NoSuchRecord), "pilotId");
        yield return RecordOrder.Sends("programmeId of no programme", valid.With("programmeId", NoSuchRecord), "programmeId");
        yield return RecordOrder.Sends("entered as delivered", valid.With("status", "delivered"), "status");
        yield return RecordOrder.Sends("status \"shipped\"", valid.With("status", "shipped"), "status");
        yield return RecordOrder.Sends("no order date", valid.Without("orderedOn"), "orderedOn");
        yield return RecordOrder.Sends("an order in 1800", valid.With("orderedOn", "1800-03-01"), "orderedOn");
        yield return RecordOrder.Sends("no town", valid.Without("town"), "town");
        yield return RecordOrder.Sends("no product category", valid.Without("productCategory"), "productCategory");
        yield return RecordOrder.Sends("an unknown property", valid.With("amountFen", 1), "amountFen");
        yield return RecordOrder.SendsAs("text/plain", valid);
        yield return CorrectOrder.Sends("a correction without its version", valid, "version");
        var correction = valid.With("status", "confirmed").With("version", 1);
        yield return CorrectOrder.Sends("an order date after its confirmation", correction.With("orderedOn", "2023-03-02"), "orderedOn");
        yield return CorrectOrder.Sends("a status changed by a correction, not by its step", correction.With("status", "intent"), "status");
        yield return CorrectOrder.Sends("a correction to yen with decimals", correction.With("currency", "JPY").With("amount", 0.5m), "amount");
        yield return RemoveOrder.Calls("version as text", "?version=abc", "version");
        yield return RemoveOrder.Calls("no version", "", "version");
    }

    // The fixture's order was placed and confirmed on 2023-03-01.
    private static IEnumerable<BadInput> Steps()
    {
        var deliver = From(new { status = "delivered", on = "2023-04-01", version = 1 });
        var cancel = From(new { status = "cancelled", on = "2023-04-01", reason = "买方取消采购计划", version = 1 });
        yield return MoveOrder.Sends("a cancellation without a reason", cancel.Without("reason"), "reason");
        yield return MoveOrder.Sends("a reason of 10,000 characters", cancel.With("reason", TenThousandCharacters), "reason");
        yield return MoveOrder.Sends("a delivery before the order date", deliver.With("on", "2023-02-28"), "on");
        yield return MoveOrder.Sends("no date", deliver.Without("on"), "on");
        yield return MoveOrder.Sends("impossible date 2023-02-30", deliver.With("on", "2023-02-30"), "on");
        yield return MoveOrder.Sends("status \"shipped\"", deliver.With("status", "shipped"), "status");
        yield return MoveOrder.Sends("no status", deliver.Without("status"), "status");
        yield return MoveOrder.Sends("no version", deliver.Without("version"), "version");
        yield return MoveOrder.SendsAs("text/plain", deliver);
    }

    private static IEnumerable<BadInput> Tours()
    {
        var valid = From(TradeRequests.Tour());
        yield return HoldTour.Sends("a country given twice",
            valid.With("participants", Raw("""[{"countryOrRegion":"HK","personTimes":6},{"countryOrRegion":"HK","personTimes":3}]""")), "participants");
        yield return HoldTour.Sends("no participants", valid.With("participants", Raw("[]")), "participants");
        yield return HoldTour.Sends("a null participant group", valid.With("participants", Raw("[null]")), "participants[0]");
        yield return HoldTour.Sends("no person-times", valid.With("participants", Raw("""[{"countryOrRegion":"HK","personTimes":0}]""")),
            "participants[0].personTimes");
        yield return HoldTour.Sends("a country XX", valid.With("participants", Raw("""[{"countryOrRegion":"XX","personTimes":5}]""")),
            "participants[0].countryOrRegion");
        yield return HoldTour.Sends("no towns", valid.With("towns", Raw("[]")), "towns");
        yield return HoldTour.Sends("an empty town", valid.With("towns", new[] { "黄圃", "" }), "towns[1]");
        yield return HoldTour.Sends("ending before it starts", valid.With("endsOn", "2023-07-19"), "endsOn");
        yield return HoldTour.Sends("no title", valid.Without("title"), "title");
        yield return CorrectTour.Sends("a correction without its version", valid, "version");
        yield return ("DELETE", "api/trade/tours/{tour}", Area.Tours).Calls("version as text", "?version=abc", "version");
    }

    private static IEnumerable<BadInput> Commendations()
    {
        var valid = From(TradeRequests.Commendation());
        yield return Receive.Sends("kind \"medal\"", valid.With("kind", "medal"), "kind");
        yield return Receive.Sends("kind as the number 0", valid.With("kind", 0), "kind");
        yield return Receive.Sends("no kind", valid.Without("kind"), "kind");
        yield return Receive.Sends("from nobody", valid.Without("from"), "from");
        yield return Receive.Sends("no reason", valid.Without("reason"), "reason");
        yield return Receive.Sends("impossible date 2023-02-30", valid.With("receivedOn", "2023-02-30"), "receivedOn");
        yield return CorrectCommendation.Sends("a correction without its version", valid, "version");
        yield return RemoveCommendation.Calls("version as text", "?version=abc", "version");
    }
}
