using Federation.Kernel.Web;
using Federation.Scorecard.Report;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Scorecard.Pages.Scorecard;

/// <summary>
/// The year's report as the federation writes its own ("全年助力引进投资96.12亿元"), from what
/// happened that year (<see cref="AnnualReportWriter"/>), laid out to print and to export as Word.
/// </summary>
[RequirePermission(ScorecardModule.Read)]
internal sealed class ReportModel(AnnualReportWriter writer, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public AnnualReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int? year, Guid? organisationId, CancellationToken ct)
    {
        Year = year is >= 1949 and <= 2100 ? year.Value : Kernel.Time.ChinaCalendar.Today(clock).Year - 1;
        OrganisationId = organisationId;
        Report = await writer.Write(Year, organisationId, ct);
    }
}
