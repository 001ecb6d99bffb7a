using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
using Federation.Kernel.Figures;
using Federation.Kernel.Geography;
using Federation.Trade.Commendations;
using Federation.Trade.Contracts;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Resources;
using Federation.Trade.Tours;

namespace Federation.Trade.Audit;

/// <summary>What Trade support calls the records it audits, for the audit log in the reader's language.</summary>
internal sealed class TradeAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(TradeText));

    public string Module => "Trade";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(TradePilot), "Audit.TradePilot",
            Terms.Text(nameof(TradePilot.Name), "Audit.Name"),
            Terms.Town(nameof(TradePilot.Town), "Audit.Town"),
            Terms.Date(nameof(TradePilot.StartsOn), "Audit.StartsOn"),
            Terms.Date(nameof(TradePilot.EndsOn), "Audit.EndsOn"),
            Terms.Money(nameof(TradePilot.TargetAmountFen), "Audit.TargetAmount"),
            Terms.Text(nameof(TradePilot.Participants), "Audit.PilotParticipants"),
            Terms.Text(nameof(TradePilot.Notes), "Audit.Notes"),
            Terms.Reference(nameof(TradePilot.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(OverseasOrder), "Audit.OverseasOrder",
            Terms.Reference(nameof(OverseasOrder.EnterpriseId), "Audit.Enterprise"),
            Terms.Text(nameof(OverseasOrder.EnterpriseName), "Audit.EnterpriseName"),
            Terms.Text(nameof(OverseasOrder.CreditCode), "Audit.CreditCode"),
            Terms.Country(nameof(OverseasOrder.BuyerCountryOrRegion), "Audit.BuyerCountryOrRegion"),
            Terms.Text(nameof(OverseasOrder.ProductCategory), "Audit.ProductCategory"),
            Terms.Text(nameof(OverseasOrder.Currency), "Audit.Currency"),
            Terms.Text(nameof(OverseasOrder.Amount), "Audit.AmountInCurrency"),
            Terms.Text(nameof(OverseasOrder.RateToYuan), "Audit.RateToYuan"),
            Terms.Date(nameof(OverseasOrder.RateOn), "Audit.RateOn"),
            Terms.Money(nameof(OverseasOrder.AmountFen), "Audit.Amount"),
            Terms.Choice<Qualifier>(nameof(OverseasOrder.AmountQualifier), "Audit.AmountQualifier", typeof(Kernel.Resources.Text)),
            Terms.Date(nameof(OverseasOrder.OrderedOn), "Audit.OrderedOn"),
            Terms.Reference(nameof(OverseasOrder.PilotId), "Audit.TradePilot"),
            Terms.Town(nameof(OverseasOrder.Town), "Audit.Town"),
            Terms.Choice<OrderStatus>(nameof(OverseasOrder.Status), "Audit.Status"),
            Terms.Date(nameof(OverseasOrder.ConfirmedOn), "Audit.ConfirmedOn"),
            Terms.Date(nameof(OverseasOrder.DeliveredOn), "Audit.DeliveredOn"),
            Terms.Date(nameof(OverseasOrder.CancelledOn), "Audit.CancelledOn"),
            Terms.Text(nameof(OverseasOrder.CancelReason), "Audit.CancelReason"),
            Terms.Text(nameof(OverseasOrder.Notes), "Audit.Notes"),
            Terms.Reference(nameof(OverseasOrder.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(InspectionTour), "Audit.InspectionTour",
            Terms.Text(nameof(InspectionTour.Title), "Audit.Title"),
            Terms.Date(nameof(InspectionTour.StartsOn), "Audit.StartsOn"),
            Terms.Date(nameof(InspectionTour.EndsOn), "Audit.EndsOn"),
            Terms.Town(nameof(InspectionTour.Towns), "Audit.Towns"),
            Terms.Described(nameof(InspectionTour.Participants), "Audit.TourParticipants", ParticipantsItem),
            Terms.Text(nameof(InspectionTour.PersonTimes), "Audit.PersonTimes"),
            Terms.Text(nameof(InspectionTour.Outcomes), "Audit.Outcomes"),
            Terms.Reference(nameof(InspectionTour.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(Commendation), "Audit.Commendation",
            Terms.Text(nameof(Commendation.From), "Audit.From"),
            Terms.Choice<CommendationKind>(nameof(Commendation.Kind), "Audit.CommendationKind"),
            Terms.Date(nameof(Commendation.ReceivedOn), "Audit.ReceivedOn"),
            Terms.Text(nameof(Commendation.Reason), "Audit.Reason"),
            Terms.Text(nameof(Commendation.Notes), "Audit.Notes")),
    ];

    /// <summary>Where a tour's participants came from: "香港 30人次".</summary>
    private static string ParticipantsItem(JsonElement group, CultureInfo culture)
    {
        var code = group.GetProperty("countryOrRegion").GetString();
        var place = CountryOrRegion.Find(code)?.Name(culture) ?? code;
        return string.Format(culture, Terms.Wording("Audit.ParticipantsItem", culture), place, group.GetProperty("personTimes").GetInt32());
    }
}
