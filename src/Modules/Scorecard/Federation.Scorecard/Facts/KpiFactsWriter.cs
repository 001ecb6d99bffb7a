using Federation.Kernel.Kpis;
using Federation.Kernel.Messaging;
using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Scorecard.Facts;

/// <summary>
/// Replaces a record's facts with the ones in its newest snapshot, and applies the difference to the
/// cells the dashboard reads (ADR 0038); older snapshots change nothing.
/// </summary>
internal sealed class KpiFactsWriter(ScorecardDbContext db) : IIntegrationEventHandler<KpiFactsChanged>
{
    public async Task Handle(KpiFactsChanged snapshot, CancellationToken ct)
    {
        var record = await db.KpiRecords.Include(r => r.Facts).FirstOrDefaultAsync(r => r.Id == snapshot.RecordId, ct);
        if (record is not null && record.Version >= snapshot.Version) return;
        if (record is null)
            db.KpiRecords.Add(record = new KpiRecord { Id = snapshot.RecordId, WorkLine = snapshot.WorkLine, RecordType = snapshot.RecordType });
        record.OrganisationId = snapshot.OrganisationId;
        record.Version = snapshot.Version;
        var cells = new CellChanges();
        foreach (var old in record.Facts) cells.Remove(old);
        db.KpiFacts.RemoveRange(record.Facts);
        record.Facts = snapshot.Facts.Select(f => Store(snapshot, f)).ToList();
        foreach (var fact in record.Facts) cells.Add(fact);
        await cells.Apply(db, record.Id, ct);
    }

    private static StoredKpiFact Store(KpiFactsChanged snapshot, KpiFact fact) => new()
    {
        RecordId = snapshot.RecordId,
        KpiKey = fact.KpiKey,
        On = fact.On,
        Month = fact.On.Year * 100 + fact.On.Month,
        ValueHundredths = Hundredths(fact.Value),
        OutOfHundredths = Hundredths(fact.OutOf),
        OrganisationId = snapshot.OrganisationId,
        WorkLine = snapshot.WorkLine,
        Town = fact.Town,
        Area = fact.Area,
        CountryOrRegion = fact.CountryOrRegion,
        DistinctKey = fact.DistinctKey,
        ProgrammeId = fact.ProgrammeId,
        Qualifier = fact.Qualifier,
        UpToHundredths = fact.Qualifier == Kernel.Figures.Qualifier.Range && fact.UpTo is { } top ? Hundredths(top) : null,
        Label = fact.Label is { Length: > 200 } label ? label[..200] : fact.Label,
    };

    // Money arrives exact to the fen; anything finer would be a module's bug, rounded the way banks do.
    private static long Hundredths(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.ToEven);
}
