using Federation.CrashTests.Store;

namespace Federation.CrashTests.Checks;

/// <summary>
/// The scorecard's figures for a period, counted by the harness itself from the work lines' rows on
/// disk, by the rules each work line documents for its KPIs (ADR 0009), never from the scorecard's
/// own facts. A redelivered event the inbox let through would inflate the host's figure above this.
/// </summary>
internal static class IndependentScorecard
{
    // The KPIs fed only by records the load never writes (events, credit lines, campaigns, pilots,
    // tours …): with those tables empty, each must read zero.
    private static readonly string[] FedByUnwrittenRecords =
    [
        "investment.events-held", "investment.flagship-conferences", "investment.sub-sessions", "investment.attendees",
        "investment.countries-reached", "investment.credit-lines", "investment.agreements", "investment.platforms-launched",
        "investment.organisations-joined", "investment.trade-cooperation", "investment.intended-trade",
        "talent.events-held", "talent.flagship-events", "talent.talents-met", "talent.phds-met", "talent.masters-met",
        "talent.countries-reached", "talent.partner-bases",
        "enterprises.campaign-coverage", "enterprises.policy-sessions", "enterprises.joint-measures", "enterprises.measure-items",
        "trade.pilots", "trade.pilot-achievement", "trade.tours", "trade.person-times", "trade.towns-covered", "trade.commendations",
    ];

    public static IReadOnlyDictionary<string, decimal> Count(WorkLineStore store, DateOnly from, DateOnly to)
    {
        bool In(DateOnly? day) => day >= from && day <= to;

        var signed = store.Projects.Where(p => In(p.SignedOn) && p.Stage != "Dropped").ToList();
        var letters = store.Letters.Where(l => l.Active && In(l.SignedOn)).ToList();
        var visits = store.Visits.Where(v => In(v.VisitedOn)).ToList();
        var raised = store.Concerns.Where(c => In(c.RaisedOn)).ToList();
        var resolved = store.Concerns.Where(c => c.Status == "Resolved" && In(c.SettledOn)).ToList();
        var orders = store.Orders.Where(o => o.Status is "Confirmed" or "Delivered" && In(o.ConfirmedOn)).ToList();
        // Not signed and not dropped: an intent, from the day it was entered (ADR 0018); an order until confirmed.
        var intents = store.Projects.Where(p => p.SignedOn is null && p.Stage != "Dropped" && In(p.EnteredOn)).ToList();
        var intendedOrders = store.Orders.Where(o => o.Status == "Intent" && In(o.OrderedOn)).ToList();

        var figures = new Dictionary<string, decimal>
        {
            ["investment.projects-signed"] = signed.Count,
            ["investment.signed-amount"] = signed.Sum(p => p.AmountFen) / 100m,
            ["investment.groundbreaking-rate"] = Rate(signed.Count(p => p.BrokeGround), signed.Count),
            ["talent.letters-of-intent"] = letters.Count,
            ["talent.phd-letters"] = letters.Count(l => l.Degree == "PhD"),
            ["talent.master-letters"] = letters.Count(l => l.Degree == "Master"),
            ["enterprises.visits"] = visits.Count,
            ["enterprises.enterprises-served"] = visits.Select(v => v.EnterpriseId).Distinct().Count(),
            ["enterprises.concerns-raised"] = raised.Count,
            ["enterprises.resolution-rate"] = Rate(raised.Count(c => c.Status == "Resolved"), raised.Count),
            ["enterprises.concerns-resolved"] = resolved.Count,
            ["enterprises.days-to-resolve"] = Median(resolved.Select(c => c.SettledOn!.Value.DayNumber - c.RaisedOn.DayNumber).ToList()),
            ["enterprises.overdue-concerns"] = store.Concerns.Count(c => In(c.OverdueSince)),
            ["trade.orders"] = orders.Count,
            ["trade.order-amount"] = orders.Sum(o => o.AmountFen) / 100m,
            ["investment.intents"] = intents.Count,
            ["investment.intended-investment"] = intents.Sum(p => p.AmountFen) / 100m,
            ["trade.intended-orders"] = intendedOrders.Count,
            ["trade.intended-order-amount"] = intendedOrders.Sum(o => o.AmountFen) / 100m,
        };
        foreach (var key in FedByUnwrittenRecords) figures[key] = 0;
        return figures;
    }

    // A ratio KPI is Σ value ÷ Σ denominator rounded to four places, and 0 with nothing to divide by.
    private static decimal Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);

    private static decimal Median(List<int> days)
    {
        if (days.Count == 0) return 0;
        days.Sort();
        var middle = days.Count / 2;
        return days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2m;
    }
}
