using System.Globalization;
using System.Text.Json;
using Federation.Kernel.Audit;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Programmes;
using Federation.Scorecard.Resources;

namespace Federation.Scorecard.Audit;

/// <summary>
/// What the scorecard calls the records it audits: the programmes admins configure. Its KPI facts
/// and pipeline copies are projections of the work lines' records, which those lines audit.
/// </summary>
internal sealed class ScorecardAuditVocabulary(IKpiCatalogue kpis) : IAuditVocabulary
{
    private static readonly AuditTerms Terms = new(typeof(ScorecardText));

    public string Module => "Scorecard";

    public IReadOnlyList<AuditRecordTerms> Records { get; } =
    [
        Terms.Record(nameof(Programme), "Audit.Programme",
            Terms.Text(nameof(Programme.NameZh), "Audit.NameZh"),
            Terms.Text(nameof(Programme.NameEn), "Audit.NameEn"),
            Terms.Described(nameof(Programme.WorkLine), "Audit.WorkLine",
                (line, culture) => kpis.WorkLineTitle(line.GetString() ?? "")?.For(culture) ?? line.GetString() ?? ""),
            Terms.Date(nameof(Programme.StartsOn), "Audit.StartsOn"),
            Terms.Date(nameof(Programme.EndsOn), "Audit.EndsOn"),
            Terms.Text(nameof(Programme.OwningDepartment), "Audit.OwningDepartment"),
            Terms.Organisation(nameof(Programme.OrganisationId), "Audit.Organisation"),
            Terms.Reference(nameof(Programme.LaunchedAtEventId), "Audit.LaunchedAtEvent"),
            Terms.Text(nameof(Programme.LaunchedAt), "Audit.LaunchedAt"),
            Terms.Described(nameof(Programme.Actions), "Audit.Actions", Action),
            Terms.Described(nameof(Programme.Targets), "Audit.Targets", (target, culture) => Target(kpis, target, culture)),
            Terms.Flag(nameof(Programme.CountsTaggedOnly), "Audit.CountsTaggedOnly")),
    ];

    /// <summary>A numbered action: its title, and its description after a colon.</summary>
    private static string Action(JsonElement action, CultureInfo culture)
    {
        var title = action.GetProperty("title").GetString() ?? "";
        return action.TryGetProperty("description", out var d) && d.GetString() is { Length: > 0 } description
            ? string.Format(culture, Terms.Wording("Audit.ActionItem", culture), title, description)
            : title;
    }

    /// <summary>A yearly target, by the KPI's title and in its unit: "引进投资 ≥ 100亿元".</summary>
    private static string Target(IKpiCatalogue kpis, JsonElement target, CultureInfo culture)
    {
        var key = target.GetProperty("kpiKey").GetString() ?? "";
        var value = target.GetProperty("yearlyTarget").GetDecimal();
        var kpi = kpis.All.FirstOrDefault(k => k.Key == key);
        return string.Format(culture, Terms.Wording("Audit.TargetItem", culture),
            kpi?.Title.For(culture) ?? key, kpi is null ? value.ToString(CultureInfo.InvariantCulture) : KpiDisplay.Show(kpi.Unit, value));
    }
}
