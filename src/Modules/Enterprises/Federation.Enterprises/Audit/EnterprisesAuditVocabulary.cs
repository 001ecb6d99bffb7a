using System.Globalization;
using System.Text.Json;
using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Sessions;
using Federation.Enterprises.Visits;
using Federation.Kernel.Audit;

namespace Federation.Enterprises.Audit;

/// <summary>What Enterprise services calls the records it audits, for the audit log in the reader's language.</summary>
internal sealed class EnterprisesAuditVocabulary : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(EnterpriseText));

    public string Module => "Enterprises";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(Enterprise), "Audit.Enterprise",
            Terms.Text(nameof(Enterprise.Name), "Audit.Name"),
            Terms.Text(nameof(Enterprise.FormerNames), "Audit.FormerNames"),
            Terms.Text(nameof(Enterprise.CreditCode), "Audit.CreditCode"),
            Terms.Town(nameof(Enterprise.Town), "Audit.Town"),
            Terms.Text(nameof(Enterprise.Industry), "Audit.Industry"),
            Terms.Country(nameof(Enterprise.InvestorCountryOrRegion), "Audit.InvestorCountryOrRegion"),
            Terms.Described(nameof(Enterprise.Contacts), "Audit.Contacts", Contact),
            Terms.Choice<EnterpriseStatus>(nameof(Enterprise.Status), "Audit.Status"),
            Terms.Text(nameof(Enterprise.Notes), "Audit.Notes")),
        Terms.Record(nameof(Campaign), "Audit.Campaign",
            Terms.Text(nameof(Campaign.Name), "Audit.Name"),
            Terms.Date(nameof(Campaign.StartsOn), "Audit.StartsOn"),
            Terms.Date(nameof(Campaign.EndsOn), "Audit.EndsOn"),
            Terms.Text(nameof(Campaign.TargetEnterprises), "Audit.TargetEnterprises"),
            Terms.Reference(nameof(Campaign.ProgrammeId), "Audit.Programme"),
            Terms.Text(nameof(Campaign.Notes), "Audit.Notes")),
        Terms.Record(nameof(Assignment), "Audit.Assignment",
            Terms.Reference(nameof(Assignment.CampaignId), "Audit.Campaign"),
            Terms.Reference(nameof(Assignment.EnterpriseId), "Audit.Enterprise"),
            Terms.Text(nameof(Assignment.EnterpriseName), "Audit.EnterpriseName"),
            Terms.User(nameof(Assignment.LeaderUserId), "Audit.Leader"),
            Terms.Text(nameof(Assignment.LeaderName), "Audit.LeaderName"),
            Terms.Date(nameof(Assignment.VisitedOn), "Audit.VisitedOn")),
        Terms.Record(nameof(Visit), "Audit.Visit",
            Terms.Reference(nameof(Visit.EnterpriseId), "Audit.Enterprise"),
            Terms.Text(nameof(Visit.EnterpriseName), "Audit.EnterpriseName"),
            Terms.Town(nameof(Visit.Town), "Audit.Town"),
            Terms.Country(nameof(Visit.InvestorCountryOrRegion), "Audit.InvestorCountryOrRegion"),
            Terms.Date(nameof(Visit.VisitedOn), "Audit.VisitedOn"),
            Terms.Choice<VisitPurpose>(nameof(Visit.Purpose), "Audit.Purpose"),
            Terms.Text(nameof(Visit.Visitors), "Audit.Visitors"),
            Terms.Text(nameof(Visit.Notes), "Audit.Notes"),
            Terms.Reference(nameof(Visit.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(Concern), "Audit.Concern",
            Terms.Reference(nameof(Concern.EnterpriseId), "Audit.Enterprise"),
            Terms.Text(nameof(Concern.EnterpriseName), "Audit.EnterpriseName"),
            Terms.Town(nameof(Concern.Town), "Audit.Town"),
            Terms.Reference(nameof(Concern.VisitId), "Audit.Visit"),
            Terms.Reference(nameof(Concern.PolicySessionId), "Audit.PolicySession"),
            Terms.Choice<ConcernCategory>(nameof(Concern.Category), "Audit.Category"),
            Terms.Text(nameof(Concern.Description), "Audit.Description"),
            Terms.Date(nameof(Concern.RaisedOn), "Audit.RaisedOn"),
            Terms.Date(nameof(Concern.DueOn), "Audit.DueOn"),
            Terms.Choice<ConcernStatus>(nameof(Concern.Status), "Audit.Status"),
            Terms.Text(nameof(Concern.Department), "Audit.Department"),
            Terms.Date(nameof(Concern.SettledOn), "Audit.SettledOn"),
            Terms.Text(nameof(Concern.Outcome), "Audit.Outcome"),
            Terms.Date(nameof(Concern.OverdueSince), "Audit.OverdueSince"),
            Terms.Date(nameof(Concern.LeadRaisedOn), "Audit.LeadRaisedOn"),
            Terms.Reference(nameof(Concern.ProgrammeId), "Audit.Programme"),
            Terms.Described(nameof(Concern.Steps), "Audit.Steps", Step)),
        Terms.Record(nameof(PolicySession), "Audit.PolicySession",
            Terms.Text(nameof(PolicySession.Topic), "Audit.Topic"),
            Terms.Date(nameof(PolicySession.HeldOn), "Audit.HeldOn"),
            Terms.Text(nameof(PolicySession.Departments), "Audit.Departments"),
            Terms.Text(nameof(PolicySession.Attendees), "Audit.Attendees"),
            Terms.Text(nameof(PolicySession.Venue), "Audit.Venue"),
            Terms.Text(nameof(PolicySession.Notes), "Audit.Notes"),
            Terms.Reference(nameof(PolicySession.ProgrammeId), "Audit.Programme")),
        Terms.Record(nameof(JointMeasure), "Audit.JointMeasure",
            Terms.Text(nameof(JointMeasure.Title), "Audit.MeasureTitle"),
            Terms.Text(nameof(JointMeasure.PartnerDepartment), "Audit.PartnerDepartment"),
            Terms.Date(nameof(JointMeasure.IssuedOn), "Audit.IssuedOn"),
            Terms.Text(nameof(JointMeasure.Items), "Audit.Items"),
            Terms.Text(nameof(JointMeasure.Notes), "Audit.Notes"),
            Terms.Reference(nameof(JointMeasure.ProgrammeId), "Audit.Programme")),
    ];

    /// <summary>A contact: "陈经理（总经理，13800000000）".</summary>
    private static string Contact(JsonElement contact, CultureInfo culture)
    {
        var details = new[] { Optional(contact, "role"), Optional(contact, "phone") }.Where(d => d is not null).ToList();
        var name = Optional(contact, "name") ?? "";
        return details.Count == 0 ? name
            : string.Format(culture, Terms.Wording("Audit.ContactItem", culture), name, string.Join(Terms.Wording("Audit.Comma", culture), details));
    }

    /// <summary>A step of a concern's handling: "2024-03-01 王芳：待办理 → 已转办（转市商务局）".</summary>
    private static string Step(JsonElement step, CultureInfo culture)
    {
        var to = Terms.Label<ConcernStatus>(step.GetProperty("to").GetString() ?? "", culture);
        var from = Optional(step, "from") is { } was ? Terms.Label<ConcernStatus>(was, culture) + " → " : "";
        var note = Optional(step, "note") is { } text ? string.Format(culture, Terms.Wording("Audit.StepNote", culture), text) : "";
        return string.Format(culture, Terms.Wording("Audit.StepItem", culture), Optional(step, "on"), Optional(step, "by"), from + to, note);
    }

    private static string? Optional(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text : null;
}
