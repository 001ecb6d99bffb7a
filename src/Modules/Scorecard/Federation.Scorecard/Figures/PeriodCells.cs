using Federation.Kernel.Figures;
using Federation.Scorecard.Data;
using Federation.Scorecard.Facts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Figures;

/// <summary>What the cells of a period hold: the consumer's cells for its whole months, and its edge months grouped from the facts.</summary>
internal sealed record PeriodCell(KpiCellKey Key, CellParts Parts);

/// <summary>
/// Reads the cells of a period (ADR 0038): the whole months from the cells the consumer keeps, and
/// the days of a month the period only partly covers (a custom range, a programme that starts
/// mid-month) from the facts, grouped into the same cells. Either way a breakdown is then a sum of cells.
/// </summary>
internal sealed class PeriodCells(ScorecardDbContext db)
{
    /// <param name="organisations">The organisations counted, or null for every one.</param>
    /// <param name="programme">Only the facts tagged with this programme (its own cells), whatever the organisation.</param>
    /// <param name="kpis">Only these KPIs, or null for every one.</param>
    /// <param name="totalsOnly">Only the total cells (by KPI, month and organisation), no breakdown rows.</param>
    public async Task<List<PeriodCell>> Read(
        DateOnly from, DateOnly to, IReadOnlySet<Guid>? organisations, Guid? programme, IReadOnlyCollection<string>? kpis, bool totalsOnly,
        CancellationToken ct)
    {
        var firstWhole = Month(from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1));
        var lastWhole = Month(to.AddDays(1).Day == 1 ? to : new DateOnly(to.Year, to.Month, 1).AddDays(-1));
        var cells = new List<PeriodCell>();
        if (firstWhole <= lastWhole) cells.AddRange(await Kept(firstWhole, lastWhole, organisations, programme, kpis, totalsOnly, ct));

        var edgeCells = new Dictionary<KpiCellKey, CellParts>();
        foreach (var (first, last) in Edges(from, to, firstWhole, lastWhole))
        {
            var edges = db.KpiFacts.AsNoTracking().Where(f => f.On >= first && f.On <= last);
            if (programme is { } tagged) edges = edges.Where(f => f.ProgrammeId == tagged);
            else if (organisations is not null)
            {
                var ids = organisations.ToList();
                edges = edges.Where(f => ids.Contains(f.OrganisationId));
            }
            if (kpis is not null) edges = edges.Where(f => kpis.Contains(f.KpiKey));
            foreach (var group in await Grouped(edges, ct))
                foreach (var key in KpiCellKey.Of(group.KpiKey, group.Month, group.OrganisationId, group.Town, group.Area, group.CountryOrRegion,
                             group.WorkLine, group.ProgrammeId, group.DistinctKey))
                {
                    if (programme is not null ? key.Dimension != CellDimension.Programme : totalsOnly && key.Dimension != CellDimension.Total) continue;
                    edgeCells[key] = edgeCells.GetValueOrDefault(key, CellParts.None).Plus(group.Parts);
                }
        }
        cells.AddRange(edgeCells.Select(c => new PeriodCell(c.Key, c.Value)));
        return cells;
    }

    /// <summary>
    /// The days read from the facts: the whole period when it holds no whole month, else the days
    /// before its first whole month and after its last. Each is its own date range, so a year with
    /// no partial month reads no fact at all.
    /// </summary>
    private static IEnumerable<(DateOnly First, DateOnly Last)> Edges(DateOnly from, DateOnly to, int firstWhole, int lastWhole)
    {
        if (firstWhole > lastWhole)
        {
            yield return (from, to);
            yield break;
        }
        var firstWholeDay = new DateOnly(firstWhole / 100, firstWhole % 100, 1);
        var afterLastWhole = new DateOnly(lastWhole / 100, lastWhole % 100, 1).AddMonths(1);
        if (from < firstWholeDay) yield return (from, firstWholeDay.AddDays(-1));
        if (to >= afterLastWhole) yield return (afterLastWhole, to);
    }

    private async Task<List<PeriodCell>> Kept(
        int firstMonth, int lastMonth, IReadOnlySet<Guid>? organisations, Guid? programme, IReadOnlyCollection<string>? kpis, bool totalsOnly,
        CancellationToken ct)
    {
        var cells = db.KpiCells.AsNoTracking().Where(c => c.Month >= firstMonth && c.Month <= lastMonth);
        if (programme is { } tagged) cells = cells.Where(c => c.Dimension == CellDimension.Programme && c.ProgrammeId == tagged);
        else
        {
            if (totalsOnly) cells = cells.Where(c => c.Dimension == CellDimension.Total);
            if (organisations is not null)
            {
                var ids = organisations.ToList();
                cells = cells.Where(c => ids.Contains(c.OrganisationId));
            }
        }
        if (kpis is not null) cells = cells.Where(c => kpis.Contains(c.KpiKey));
        return (await cells.ToListAsync(ct)).Select(c => new PeriodCell(KpiCellKey.Of(c), CellParts.Of(c))).ToList();
    }

    /// <summary>The facts grouped by every dimension a cell has, in one query: a partial month holds a few thousand at most.</summary>
    private static async Task<List<FactGroup>> Grouped(IQueryable<StoredKpiFact> facts, CancellationToken ct) =>
        (await facts
            .GroupBy(f => new { f.KpiKey, f.Month, f.OrganisationId, f.Town, f.Area, f.CountryOrRegion, f.WorkLine, f.ProgrammeId, f.DistinctKey })
            .Select(g => new
            {
                g.Key,
                Value = g.Sum(f => f.ValueHundredths),
                OutOf = g.Sum(f => f.OutOfHundredths),
                Facts = g.Count(),
                Top = g.Sum(f => f.UpToHundredths ?? f.ValueHundredths),
                Exact = g.Count(f => f.Qualifier == Qualifier.Exact),
                Ranges = g.Count(f => f.Qualifier == Qualifier.Range),
                AtLeast = g.Count(f => f.Qualifier == Qualifier.AtLeast),
                About = g.Count(f => f.Qualifier == Qualifier.About),
                Largest = g.Max(f => f.ValueHundredths),
            })
            .ToListAsync(ct))
        .Select(g => new FactGroup(g.Key.KpiKey, g.Key.Month, g.Key.OrganisationId, g.Key.Town, g.Key.Area, g.Key.CountryOrRegion, g.Key.WorkLine,
            g.Key.ProgrammeId, g.Key.DistinctKey,
            new CellParts(g.Value, g.OutOf, g.Facts, g.Top, g.Exact, g.Ranges, g.AtLeast, g.About, g.Key.DistinctKey is null ? g.Largest : 0)))
        .ToList();

    private static int Month(DateOnly day) => day.Year * 100 + day.Month;

    private sealed record FactGroup(
        string KpiKey, int Month, Guid OrganisationId, string? Town, string? Area, string? CountryOrRegion, string WorkLine, Guid? ProgrammeId,
        string? DistinctKey, CellParts Parts);
}
