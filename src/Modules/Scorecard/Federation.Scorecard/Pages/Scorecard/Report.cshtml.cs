using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Scorecard.Data;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Federation.Scorecard.Pages.Scorecard;

/// <summary>
/// The year's figures written as the federation writes its own report ("全年助力引进投资96.12亿元"),
/// in the reader's language, laid out to print.
/// </summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed class ReportModel(ScorecardDbContext db, ICurrentUser user, IOrganisationDirectory directory,
    TimeProvider clock, IStringLocalizer<ScorecardText> text) : PageModel
{
    public int Year { get; private set; }
    public string InvestmentParagraph { get; private set; } = "";
    public IReadOnlyList<string> Targets { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 1949 and <= 2100 ? year.Value : Kernel.Time.ChinaCalendar.Today(clock).Year - 1;
        var figures = (await ScorecardEndpoints.Year(Year, null, true, db, user, directory, ct)).Value!;
        var kpi = figures.Kpis.ToDictionary(k => k.Key, k => k.Value);
        InvestmentParagraph = string.Format(CultureInfo.CurrentUICulture, text["ReportInvestment"],
            Year,
            kpi["investment.events-held"],
            kpi["investment.attendees"],
            kpi["investment.countries-reached"],
            kpi["investment.projects-signed"],
            Display.Yuan(kpi["investment.signed-amount"]),
            Percent(kpi["investment.groundbreaking-rate"]),
            Display.Yuan(kpi["investment.credit-lines"]));
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        Targets = figures.Targets.Select(t => string.Format(CultureInfo.CurrentUICulture, text["ReportTarget"],
            chinese ? t.ProgrammeZh : t.ProgrammeEn, Percent(t.Progress))).Distinct().ToList();
    }

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
