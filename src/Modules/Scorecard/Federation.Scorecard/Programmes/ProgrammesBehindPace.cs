using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Reminders;
using Federation.Scorecard.Data;
using Federation.Scorecard.Figures;
using Federation.Scorecard.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Programmes;

/// <summary>
/// A programme's counted target (letters of intent, projects signed …) is behind its pace: less
/// than nine tenths of the share of the yearly target its days so far call for. The leadership
/// of the owning organisation hears of it once a month while it stays behind; a programme that
/// ended behind escalates. Rates and medians have no pace, so only sums and counts are watched.
/// </summary>
internal sealed class ProgrammesBehindPace(ScorecardDbContext db, ScorecardQuery query, IKpiCatalogue catalogue, IPeopleDirectory people) : IDueItems
{
    private const decimal Pace = 0.9m;

    // The first weeks of a programme say little about its pace.
    private const int SettlingDays = 30;

    // A programme that has ended is reminded of for a month, then it is the annual report's matter.
    private const int DaysAfterEnd = 30;

    public async Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct)
    {
        var running = await db.Programmes.AsNoTracking()
            .Where(p => p.StartsOn <= today.AddDays(-SettlingDays) && p.EndsOn >= today.AddDays(-DaysAfterEnd))
            .ToListAsync(ct);
        if (running.Count == 0) return [];
        var leaders = await people.Leaders(SystemUser.Instance, ct);
        var due = new List<DueItem>();
        foreach (var programme in running)
        {
            var until = programme.EndsOn < today ? programme.EndsOn : today;
            var figures = await query.Read(Period.Between(programme.StartsOn, until), null, false, ct);
            foreach (var target in figures.Targets.Where(t => t.ProgrammeId == programme.Id && t.Target > 0 && t.Progress < Pace))
            {
                if (catalogue.All.FirstOrDefault(k => k.Key == target.KpiKey) is not { Aggregation: KpiAggregation.Sum or KpiAggregation.Count } kpi) continue;
                due.Add(new DueItem(
                    $"sc:programme:{programme.Id}:{kpi.Key}:behind:{today:yyyy-MM}", programme.OrganisationId,
                    Bilingual.Of(() => ScorecardText.Format("Reminder.BehindPace", programme.Name(System.Globalization.CultureInfo.CurrentUICulture),
                        kpi.Title.For(System.Globalization.CultureInfo.CurrentUICulture), until.ToString("yyyy-MM-dd"),
                        KpiDisplay.Show(kpi.Unit, target.Actual), KpiDisplay.Show(kpi.Unit, target.Target))),
                    "/scorecard/programmes", programme.EndsOn, today, ScorecardModule.Configure,
                    Responsible: leaders.Where(l => l.OrganisationId == programme.OrganisationId).Select(l => l.Id).ToList()));
            }
        }
        return due;
    }
}
