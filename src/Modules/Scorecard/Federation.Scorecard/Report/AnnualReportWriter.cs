using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Resources;
using Microsoft.Extensions.Localization;

namespace Federation.Scorecard.Report;

/// <summary>
/// Writes a year's report from the scorecard's figures, for everything the reader sees or for one
/// organisation with its branches; a branch's report names the branch, not the city federation.
/// </summary>
internal sealed class AnnualReportWriter(
    ScorecardQuery query, IKpiCatalogue catalogue, IOrganisationDirectory directory, ICurrentUser reader, IStringLocalizer<ScorecardText> text)
{
    public async Task<AnnualReport> Write(int year, Guid? organisationId, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var figures = await query.Read(Period.Of(year, null), organisationId, true, ct);
        var organisation = await Organisation(organisationId, culture, ct);
        var paragraphs = catalogue.ReportParagraphs
            .Select(p => ReportTemplate.Fill(p.For(culture), figures, organisation, culture))
            .OfType<string>().ToList();
        var otherProgramme = text["OtherProgramme"].Value;
        var programmes = figures.Targets.Select(t => t.Programme)
            .Concat(figures.Breakdowns.ByProgramme.Select(r => r.Label).Where(l => l != otherProgramme))
            .Distinct().ToList();
        var targets = figures.Targets.Select(t => string.Format(culture, text["ReportTarget"], t.Programme,
            catalogue.All.FirstOrDefault(k => k.Key == t.KpiKey)?.Title.For(culture) ?? t.KpiKey,
            KpiDisplay.Show(KpiUnit.Percent, t.Progress))).ToList();
        return new AnnualReport(year, string.Format(culture, text["ReportTitle"], year, organisation), organisation,
            paragraphs, programmes, targets, figures);
    }

    /// <summary>The organisation asked for or, for the whole scope, the highest one the reader sees.</summary>
    private async Task<string> Organisation(Guid? organisationId, CultureInfo culture, CancellationToken ct)
    {
        var visible = await directory.VisibleTo(reader, ct);
        var named = organisationId is null ? visible.OrderBy(o => o.Depth).FirstOrDefault() : visible.FirstOrDefault(o => o.Id == organisationId);
        return named?.For(culture) ?? "";
    }
}
