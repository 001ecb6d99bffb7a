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
            .Where(p => p.StartsOn <= today.AddDays(-SettlingDays) && (p.EndsOn == null || p.EndsOn >= today.AddDays(-DaysAfterEnd)))
            .ToListAsync(ct);
        if (running.Count == 0) return [];
        var leaders = await people.Leaders(SystemUser.Instance, ct);
        var due = new List<DueItem>();
        foreach (var programme in running)
        {
            if (Window(programme, today) is not { } window) continue;
            var (from, until, dueOn) = window;
            var figures = await query.Read(Period.Between(from, until), null, false, ct);
            foreach (var target in figures.Targets.Where(t => t.ProgrammeId == programme.Id && t.Target > 0 && t.Progress < Pace))
            {
                if (catalogue.All.FirstOrDefault(k => k.Key == target.KpiKey) is not { Aggregation: KpiAggregation.Sum or KpiAggregation.Count } kpi) continue;
                due.Add(new DueItem(
                    $"sc:programme:{programme.Id}:{kpi.Key}:behind:{today:yyyy-MM}", programme.OrganisationId,
                    Bilingual.Of(() => ScorecardText.Format("Reminder.BehindPace", programme.Name(System.Globalization.CultureInfo.CurrentUICulture),
                        kpi.Title.For(System.Globalization.CultureInfo.CurrentUICulture), until.ToString("yyyy-MM-dd"),
                        KpiDisplay.Show(kpi.Unit, target.Actual), KpiDisplay.Show(kpi.Unit, target.Target))),
                    "/scorecard/programmes", dueOn, today, ScorecardModule.Configure,
                    Responsible: leaders.Where(l => l.OrganisationId == programme.OrganisationId).Select(l => l.Id).ToList()));
            }
        }
        return due;
    }

    /// <summary>
    /// The days the pace is read over and the day the target falls due: a programme with an end is
    /// judged over its whole run, due on its last day; one still running has a yearly target for each
    /// year it runs, so it is judged on this year, due at the year's end, and not in the year's first weeks.
    /// </summary>
    private static (DateOnly From, DateOnly Until, DateOnly DueOn)? Window(Programme programme, DateOnly today)
    {
        if (programme.EndsOn is { } end) return (programme.StartsOn, end < today ? end : today, end);
        var from = programme.StartsOn > new DateOnly(today.Year, 1, 1) ? programme.StartsOn : new DateOnly(today.Year, 1, 1);
        return from > today.AddDays(-SettlingDays) ? null : (from, today, new DateOnly(today.Year, 12, 31));
    }
}
