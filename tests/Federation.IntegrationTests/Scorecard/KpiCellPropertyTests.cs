using Autofac;
using Federation.Host.Messaging;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Figures;
using Federation.Kernel.Identity;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Contracts;
using Federation.Scorecard.Data;
using Federation.Scorecard.Facts;
using Federation.Scorecard.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// Random snapshots (new records, replacements with fewer or more facts, removals, late versions,
/// every qualifier, distinct keys and stated counts, programmes, several organisations) delivered
/// through the scorecard's inbox: every breakdown the cells give equals the facts grouped directly,
/// the way the scorecard counted before it kept cells, for whole years, partial months and single
/// days, every scope and programme; and the cells counted again from the facts are the same cells.
/// </summary>
public sealed class KpiCellPropertyTests
{
    private const int Year = 2040;
    private static readonly string[] Kpis = ["cells.sum", "cells.countries", "cells.rate"];
    private static readonly string?[] Towns = [null, "石岐", "东区", "小榄"];
    private static readonly string?[] Areas = [null, null, "翠亨新区核心区"];
    private static readonly string?[] Countries = [null, "HK", "US", "SG"];
    private static readonly Guid[] Organisations = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid[] Programmes = [Guid.NewGuid(), Guid.NewGuid()];

    private static readonly (DateOnly From, DateOnly To)[] Periods =
    [
        (new(Year, 1, 1), new(Year, 12, 31)),
        (new(Year, 2, 10), new(Year, 7, 20)),
        (new(Year, 3, 1), new(Year, 3, 31)),
        (new(Year, 5, 17), new(Year, 5, 17)),
        (new(Year - 1, 12, 5), new(Year, 1, 31)),
        (new(Year, 4, 2), new(Year, 4, 29)),
    ];

    [Theory]
    [InlineData(3)]
    [InlineData(404)]
    [InlineData(90210)]
    public async Task The_cells_give_every_breakdown_the_facts_give_and_a_rebuild_gives_the_same_cells(int seed)
    {
        using var factory = new FederationFactory();
        var root = factory.Services.GetRequiredService<ILifetimeScope>();
        var random = new Random(seed);
        var records = Enumerable.Range(0, 14).Select(_ => (Id: Guid.NewGuid(), Version: 0)).ToList();

        for (var step = 0; step < 90; step++)
        {
            var index = random.Next(records.Count);
            var (id, version) = records[index];
            // Now and then a late snapshot that must change nothing, and now and then a removal (no facts left).
            var late = version > 1 && random.Next(6) == 0;
            var next = late ? version - 1 : version + 1;
            var facts = random.Next(7) == 0 ? [] : Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomFact(random)).ToList();
            await Deliver(root, new KpiFactsChanged("Cells", random.Next(4) == 0 ? "Other" : "Record", id, Organisations[random.Next(2)], next, facts));
            if (!late) records[index] = (id, next);
            if (step % 30 == 29) await CellsMatchTheFacts(root, $"seed {seed}, step {step}");
        }

        await using var scope = root.BeginSystemScope();
        var db = scope.Resolve<ScorecardDbContext>();
        var kept = await AllCells(db);
        kept.Should().NotBeEmpty();
        kept.Should().Contain(c => c.Key.DistinctKey.Length > 0).And.Contain(c => c.Key.Dimension == CellDimension.Programme)
            .And.Contain(c => c.Key.Dimension == CellDimension.Area);
        await CellsFromFacts.Run(db, CancellationToken.None);
        (await AllCells(db)).Should().BeEquivalentTo(kept, $"counting the cells again from the facts gives the same cells (seed {seed})");
    }

    private static KpiFact RandomFact(Random random)
    {
        var kpi = Kpis[random.Next(Kpis.Length)];
        var on = new DateOnly(Year, 1, 1).AddDays(random.Next(-40, 366));
        var qualifier = (Qualifier)random.Next(4);
        var value = random.Next(0, 5000) / (random.Next(2) == 0 ? 1m : 100m);
        // A distinct count lists keys, or states a count of its own ("来自30多个国家和地区").
        var distinct = kpi == "cells.countries" && random.Next(3) > 0 ? Countries[random.Next(1, Countries.Length)] : null;
        return new KpiFact(kpi, on, value, OutOf: kpi == "cells.rate" ? random.Next(1, 10) : 0,
            Town: Towns[random.Next(Towns.Length)], CountryOrRegion: Countries[random.Next(Countries.Length)], DistinctKey: distinct,
            ProgrammeId: random.Next(3) == 0 ? Programmes[random.Next(Programmes.Length)] : null, Qualifier: qualifier,
            UpTo: qualifier == Qualifier.Range ? value + random.Next(1, 100) : null, Area: Areas[random.Next(Areas.Length)]);
    }

    private static async Task CellsMatchTheFacts(ILifetimeScope root, string because)
    {
        await using var scope = root.BeginSystemScope();
        var db = scope.Resolve<ScorecardDbContext>();
        var cells = scope.Resolve<PeriodCells>();
        IReadOnlySet<Guid>?[] scopes = [null, new HashSet<Guid> { Organisations[0] }, new HashSet<Guid> { Organisations[0], Organisations[1] }];
        foreach (var (from, to) in Periods)
        {
            var inPeriod = db.KpiFacts.AsNoTracking().Where(f => f.On >= from && f.On <= to);
            foreach (var organisations in scopes)
            {
                var facts = organisations is null ? inPeriod : inPeriod.Where(f => organisations.Contains(f.OrganisationId));
                var read = await cells.Read(from, to, organisations, programme: null, kpis: null, totalsOnly: false, CancellationToken.None);
                var why = $"{because}, {from}..{to}, scope {organisations?.Count ?? 0}";
                List<PeriodCell> Of(CellDimension dimension) => read.Where(c => c.Key.Dimension == dimension).ToList();

                FactCells.Of(Of(CellDimension.Total), _ => 0).Should().BeEquivalentTo(await Grouped(facts.GroupBy(f => new ByKey<int> { KpiKey = f.KpiKey, Key = 0 })), why);
                FactCells.Of(Of(CellDimension.Total), c => c.Key.Month).Should().BeEquivalentTo(
                    await Grouped(facts.GroupBy(f => new ByKey<int> { KpiKey = f.KpiKey, Key = f.Month })), why);
                FactCells.Of(Of(CellDimension.Total), c => c.Key.OrganisationId).Should().BeEquivalentTo(
                    await Grouped(facts.GroupBy(f => new ByKey<Guid> { KpiKey = f.KpiKey, Key = f.OrganisationId })), why);
                FactCells.Of(Of(CellDimension.Town), c => NullIfNone(c.Key.Value)).Should().BeEquivalentTo(
                    await Grouped(facts.GroupBy(f => new ByKey<string?> { KpiKey = f.KpiKey, Key = f.Town })), why);
                FactCells.Of(Of(CellDimension.Area), c => (string?)c.Key.Value).Should().BeEquivalentTo(
                    await Grouped(facts.Where(f => f.Area != null).GroupBy(f => new ByKey<string?> { KpiKey = f.KpiKey, Key = f.Area })), why);
                FactCells.Of(Of(CellDimension.CountryOrRegion), c => NullIfNone(c.Key.Value)).Should().BeEquivalentTo(
                    await Grouped(facts.GroupBy(f => new ByKey<string?> { KpiKey = f.KpiKey, Key = f.CountryOrRegion })), why);
                FactCells.Of(Of(CellDimension.WorkLine), c => c.Key.Value).Should().BeEquivalentTo(
                    await Grouped(facts.GroupBy(f => new ByKey<string> { KpiKey = f.KpiKey, Key = f.WorkLine })), why);
                FactCells.Of(Of(CellDimension.Programme), c => (Guid?)c.Key.ProgrammeId).Should().BeEquivalentTo(
                    await Grouped(facts.Where(f => f.ProgrammeId != null).GroupBy(f => new ByKey<Guid?> { KpiKey = f.KpiKey, Key = f.ProgrammeId })), why);

                var totals = await cells.Read(from, to, organisations, programme: null, ["cells.sum", "cells.rate"], totalsOnly: true, CancellationToken.None);
                FactCells.Of(totals, _ => 0).Should().BeEquivalentTo(await Grouped(facts.Where(f => f.KpiKey != "cells.countries")
                    .GroupBy(f => new ByKey<int> { KpiKey = f.KpiKey, Key = 0 })), $"{why}, totals of two KPIs");
            }
            foreach (var programme in Programmes)
            {
                var tagged = await cells.Read(from, to, organisations: null, programme, kpis: null, totalsOnly: true, CancellationToken.None);
                FactCells.Of(tagged, _ => 0).Should().BeEquivalentTo(
                    await Grouped(inPeriod.Where(f => f.ProgrammeId == programme).GroupBy(f => new ByKey<int> { KpiKey = f.KpiKey, Key = 0 })),
                    $"{because}, {from}..{to}, programme {programme}");
            }
        }
    }

    private static string? NullIfNone(string value) => value.Length == 0 ? null : value;

    /// <summary>The scorecard's counting before it kept cells: one grouped query over the facts per breakdown.</summary>
    private static Task<List<FactCell<TKey>>> Grouped<TKey>(IQueryable<IGrouping<ByKey<TKey>, StoredKpiFact>> grouped) =>
        grouped.Select(g => new FactCell<TKey>(
                g.Key.KpiKey, g.Key.Key, g.Sum(f => f.ValueHundredths), g.Sum(f => f.OutOfHundredths), g.Count(),
                g.Select(f => f.DistinctKey).Distinct().Count(),
                g.Max(f => (int)f.Qualifier), g.Sum(f => f.UpToHundredths ?? f.ValueHundredths),
                g.Max(f => f.DistinctKey == null ? f.ValueHundredths : 0)))
            .ToListAsync();

    private static async Task<List<PeriodCell>> AllCells(ScorecardDbContext db) =>
        (await db.KpiCells.AsNoTracking().ToListAsync()).Select(c => new PeriodCell(KpiCellKey.Of(c), CellParts.Of(c))).ToList();

    private static async Task Deliver(ILifetimeScope root, KpiFactsChanged snapshot)
    {
        await using var scope = root.BeginSystemScope();
        var handler = scope.Resolve<KpiFactsWriter>();
        var outcome = await Inbox.Process(scope.Resolve<ScorecardDbContext>(), InboxConsumerName.Of(typeof(KpiFactsWriter)),
            scope.Resolve<Federation.Kernel.Telemetry.ConsumerLag>(), (e, ct) => handler.Handle((KpiFactsChanged)e, ct), [snapshot], CancellationToken.None);
        outcome[0].Should().BeNull();
    }

    private sealed class ByKey<TKey>
    {
        public required string KpiKey { get; init; }
        public required TKey Key { get; init; }
    }
}
