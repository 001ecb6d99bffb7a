using System.Globalization;
using Federation.Kernel.Figures;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Persistence;
using Federation.Scorecard.Data;
using Federation.Scorecard.Facts;
using Federation.Scorecard.Programmes;
using Federation.Scorecard.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Figures;

/// <summary>
/// Counts a period's figures from the scorecard's own facts (never from the work lines' tables): whole
/// months from the cells its consumer keeps of them, partial months from the facts (<see cref="PeriodCells"/>);
/// for everything the reader may see, one organisation, or one organisation with its branches.
/// Every KPI is added up the way its module declared, so a new work line needs nothing here.
/// </summary>
internal sealed class ScorecardQuery(
    ScorecardDbContext db, IKpiCatalogue catalogue, IOrganisationDirectory directory, ICurrentUser reader, IReadSnapshots snapshots,
    ReadingScope scopes, PeriodCells periodCells)
{
    public async Task<ScorecardFigures> Read(Period period, Guid? organisationId, bool includeBranches, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        var scope = await scopes.Of(organisationId, includeBranches, ct);
        // Totals, breakdowns and medians are separate queries: one snapshot keeps them telling the same story.
        await using var snapshot = await snapshots.BeginAsync(db, ct);
        var facts = InScope(db.KpiFacts.AsNoTracking().Where(f => f.On >= period.From && f.On <= period.To), scope);

        var samples = await MedianSamples(facts, ct);
        var cells = await periodCells.Read(period.From, period.To, scope, programme: null, kpis: null, totalsOnly: false, ct);
        List<PeriodCell> Of(CellDimension dimension) => cells.Where(c => c.Key.Dimension == dimension).ToList();
        var total = Of(CellDimension.Total);
        var totals = FactCells.WithMedians(FactCells.Of(total, _ => 0), samples, _ => 0);
        var months = FactCells.WithMedians(FactCells.Of(total, c => c.Key.Month), samples, s => s.Month);
        var towns = FactCells.WithMedians(FactCells.Of(Of(CellDimension.Town), c => KeyOf(c.Key.Value)), samples, s => s.Town);
        var areas = FactCells.WithMedians(FactCells.Of(Of(CellDimension.Area), c => (string?)c.Key.Value), samples, s => s.Area);
        var countries = FactCells.WithMedians(FactCells.Of(Of(CellDimension.CountryOrRegion), c => KeyOf(c.Key.Value)), samples, s => s.CountryOrRegion);
        var workLines = FactCells.WithMedians(FactCells.Of(Of(CellDimension.WorkLine), c => c.Key.Value), samples, s => s.WorkLine);
        var organisations = FactCells.WithMedians(FactCells.Of(total, c => c.Key.OrganisationId), samples, s => s.OrganisationId);
        var programmes = FactCells.WithMedians(FactCells.Of(Of(CellDimension.Programme), c => (Guid?)c.Key.ProgrammeId), samples, s => s.ProgrammeId);

        var visibleProgrammes = await db.Programmes.AsNoTracking().VisibleTo(reader).ToListAsync(ct);
        var organisationNames = (await directory.VisibleTo(reader, ct)).ToDictionary(o => o.Id, o => o.For(culture));
        var noKey = ScorecardText.Get("Unspecified");

        var breakdowns = new Breakdowns(
            ByMonth: period.Months().Select(m => Row(m.ToString(CultureInfo.InvariantCulture), $"{m / 100}-{m % 100:00}", months.Where(c => c.Key == m))).ToList(),
            ByTown: Rows(towns, t => t, t => t ?? noKey),
            ByArea: Rows(areas, a => a, a => a ?? noKey),
            ByCountryOrRegion: Rows(countries, c => c, c => CountryOrRegion.Find(c)?.Name(culture) ?? c ?? noKey),
            ByWorkLine: Rows(workLines, w => w, w => catalogue.WorkLineTitle(w)?.For(culture) ?? w),
            ByOrganisation: Rows(organisations, o => o.ToString(), o => organisationNames.GetValueOrDefault(o) ?? o.ToString()),
            ByProgramme: Rows(programmes.Where(c => c.Key is not null), p => p!.Value.ToString(),
                p => visibleProgrammes.FirstOrDefault(x => x.Id == p)?.Name(culture) ?? ScorecardText.Get("OtherProgramme")));

        var names = await Names(facts, ct);
        var kpis = catalogue.All.Select(k =>
        {
            var stated = totals.FirstOrDefault(c => c.KpiKey == k.Key)?.Stated(k.Aggregation) ?? StatedFigure.Zero;
            return new KpiValue(k.Key, k.Title.For(culture), catalogue.WorkLineOf(k.Key) ?? "", k.Unit,
                stated.Value, stated.Qualifier, stated.UpTo, k.ListsNames ? names.GetValueOrDefault(k.Key, []) : null);
        }).ToList();
        var targets = await Targets(period, scope, visibleProgrammes, culture, ct);
        return new ScorecardFigures(new PeriodResponse(period.From, period.To, period.Label(culture)),
            organisationId, includeBranches, kpis, breakdowns, targets);
    }

    /// <summary>
    /// The latest year up to the given day in which the scope has any fact, or null when it has none:
    /// the dashboard opens there rather than on an empty year.
    /// </summary>
    public async Task<int?> LatestYearWithFacts(Guid? organisationId, bool includeBranches, DateOnly notAfter, CancellationToken ct)
    {
        var scope = await scopes.Of(organisationId, includeBranches, ct);
        var latest = await InScope(db.KpiFacts.AsNoTracking().Where(f => f.On <= notAfter), scope)
            .OrderByDescending(f => f.On).Select(f => (DateOnly?)f.On).FirstOrDefaultAsync(ct);
        return latest?.Year;
    }

    /// <summary>
    /// Only what a home page shows of a period, over everything the reader may see: each KPI's total,
    /// and when asked its months and the running programmes' targets. No breakdown is grouped.
    /// </summary>
    public async Task<PeriodTotals> Totals(Period period, bool withMonthsAndTargets, CancellationToken ct)
    {
        var scope = await scopes.Of(null, includeBranches: false, ct);
        await using var snapshot = await snapshots.BeginAsync(db, ct);
        var facts = InScope(db.KpiFacts.AsNoTracking().Where(f => f.On >= period.From && f.On <= period.To), scope);
        var samples = await MedianSamples(facts, ct);
        var cells = await periodCells.Read(period.From, period.To, scope, programme: null, kpis: null, totalsOnly: true, ct);
        var totals = FactCells.WithMedians(FactCells.Of(cells, _ => 0), samples, _ => 0);
        var stated = catalogue.All.ToDictionary(k => k.Key,
            k => totals.FirstOrDefault(c => c.KpiKey == k.Key)?.Stated(k.Aggregation) ?? StatedFigure.Zero);
        if (!withMonthsAndTargets) return new PeriodTotals(stated, new Dictionary<(string, int), decimal>(), []);

        var months = FactCells.WithMedians(FactCells.Of(cells, c => c.Key.Month), samples, s => s.Month);
        var monthly = months
            .Select(c => (Cell: c, Kpi: catalogue.All.FirstOrDefault(k => k.Key == c.KpiKey)))
            .Where(x => x.Kpi is not null)
            .ToDictionary(x => (x.Cell.KpiKey, x.Cell.Key), x => x.Cell.Figure(x.Kpi!.Aggregation));
        var programmes = await db.Programmes.AsNoTracking().VisibleTo(reader).ToListAsync(ct);
        return new PeriodTotals(stated, monthly, await Targets(period, scope, programmes, CultureInfo.CurrentUICulture, ct));
    }

    /// <summary>
    /// The targets of the programmes owned inside the scope and running in the period. Progress counts
    /// the programme's own organisation and branches (or only its tagged records), whatever the scope.
    /// </summary>
    private async Task<List<TargetProgress>> Targets(
        Period period, IReadOnlySet<Guid>? scope, List<Programme> programmes, CultureInfo culture, CancellationToken ct)
    {
        var progress = new List<TargetProgress>();
        foreach (var programme in programmes.Where(p => p.Overlaps(period.From, period.To) && (scope is null || scope.Contains(p.OrganisationId))))
        {
            var from = programme.StartsOn > period.From ? programme.StartsOn : period.From;
            var to = programme.EndsOn is { } end && end < period.To ? end : period.To;
            var counted = db.KpiFacts.AsNoTracking().Where(f => f.On >= from && f.On <= to);
            var organisations = programme.CountsTaggedOnly ? null : await directory.Subtree(programme.OrganisationId, ct);
            counted = programme.CountsTaggedOnly ? counted.Where(f => f.ProgrammeId == programme.Id) : InScope(counted, organisations);
            var keys = programme.Targets.Select(t => t.KpiKey).ToList();
            counted = counted.Where(f => keys.Contains(f.KpiKey));
            var kept = await periodCells.Read(from, to, organisations, programme.CountsTaggedOnly ? programme.Id : null, keys, totalsOnly: true, ct);
            var cells = FactCells.WithMedians(FactCells.Of(kept, _ => 0), await MedianSamples(counted, ct), _ => 0);
            var share = period.ShareOfYears(programme.StartsOn, programme.EndsOn);
            foreach (var target in programme.Targets)
            {
                if (catalogue.All.FirstOrDefault(k => k.Key == target.KpiKey) is not { } kpi) continue;
                var actual = cells.FirstOrDefault(c => c.KpiKey == kpi.Key)?.Figure(kpi.Aggregation) ?? 0;
                var goal = kpi.Aggregation is KpiAggregation.Sum or KpiAggregation.Count
                    ? Math.Round(target.YearlyTarget * share, 2)
                    : target.YearlyTarget;
                progress.Add(new TargetProgress(programme.Id, programme.Name(culture), kpi.Key, goal, actual,
                    goal == 0 ? 0 : Math.Round(actual / goal, 4)));
            }
        }
        return progress;
    }

    /// <summary>The labels of the facts of KPIs that list names (the flagship conferences), once each, in date order.</summary>
    private async Task<Dictionary<string, List<string>>> Names(IQueryable<StoredKpiFact> facts, CancellationToken ct)
    {
        var keys = catalogue.All.Where(k => k.ListsNames).Select(k => k.Key).ToList();
        if (keys.Count == 0) return [];
        var labelled = await facts.Where(f => keys.Contains(f.KpiKey) && f.Label != null)
            .Select(f => new { f.KpiKey, f.On, f.Label }).ToListAsync(ct);
        return labelled.OrderBy(f => f.On).ThenBy(f => f.Label, StringComparer.Ordinal).GroupBy(f => f.KpiKey)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Label!).Distinct().ToList());
    }

    /// <summary>The facts of the KPIs counted by their median: few (one per resolved case), so loading them is cheap.</summary>
    private async Task<List<MedianSample>> MedianSamples(IQueryable<StoredKpiFact> facts, CancellationToken ct)
    {
        var keys = catalogue.All.Where(k => k.Aggregation == KpiAggregation.Median).Select(k => k.Key).ToList();
        if (keys.Count == 0) return [];
        return await facts.Where(f => keys.Contains(f.KpiKey))
            .Select(f => new MedianSample(f.KpiKey, f.Month, f.Town, f.Area, f.CountryOrRegion, f.WorkLine, f.OrganisationId, f.ProgrammeId, f.ValueHundredths))
            .ToListAsync(ct);
    }

    private List<BreakdownRow> Rows<TKey>(IEnumerable<FactCell<TKey>> cells, Func<TKey, string?> key, Func<TKey, string> label) =>
        cells.GroupBy(c => c.Key)
            .Select(g => Row(key(g.Key), label(g.Key), g))
            .OrderBy(r => r.Key is null)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();

    private BreakdownRow Row<TKey>(string? key, string label, IEnumerable<FactCell<TKey>> cells) =>
        new(key, label, cells
            .Select(c => (c.KpiKey, Kpi: catalogue.All.FirstOrDefault(k => k.Key == c.KpiKey), Cell: c))
            .Where(x => x.Kpi is not null)
            // In KPI order, whatever order the engine read the cells in: the same answer from SQLite and PostgreSQL.
            .OrderBy(x => x.KpiKey, StringComparer.Ordinal)
            .ToDictionary(x => x.KpiKey, x => x.Cell.Figure(x.Kpi!.Aggregation)));

    /// <summary>A breakdown row's key as the facts hold it: no town (or country or region) is null.</summary>
    private static string? KeyOf(string cellValue) => cellValue.Length == 0 ? null : cellValue;

    private static IQueryable<StoredKpiFact> InScope(IQueryable<StoredKpiFact> facts, IReadOnlySet<Guid>? scope)
    {
        if (scope is null) return facts;
        var organisations = scope.ToList();
        return facts.Where(f => organisations.Contains(f.OrganisationId));
    }
}
