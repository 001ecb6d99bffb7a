using System.Text;
using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Facts;

/// <summary>
/// What one snapshot does to the cells: the parts of the facts it removes and of the facts it adds,
/// per cell, gathered in memory and then written with one upsert (per few hundred cells), in the
/// transaction that stores the facts, so the inbox's exactly-once effect covers both.
/// </summary>
internal sealed class CellChanges
{
    // Sixteen values a row: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters a statement.
    private const int RowsPerStatement = 500;

    private readonly Dictionary<KpiCellKey, (CellParts Added, CellParts Removed)> changes = [];

    public void Add(StoredKpiFact fact) => Change(fact, added: true);

    public void Remove(StoredKpiFact fact) => Change(fact, added: false);

    /// <summary>
    /// Writes the changes. The facts of <paramref name="recordId"/> need not be saved yet: where a
    /// removal may lower a stated count, it is counted again from the other records' facts and the added ones.
    /// </summary>
    public async Task Apply(ScorecardDbContext db, Guid recordId, CancellationToken ct)
    {
        var rows = changes.Where(c => c.Value.Added != c.Value.Removed).OrderBy(c => c.Key.Month).ThenBy(c => c.Key.KpiKey, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Dimension).ThenBy(c => c.Key.OrganisationId).ThenBy(c => c.Key.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Key.ProgrammeId).ThenBy(c => c.Key.DistinctKey, StringComparer.Ordinal).ToList();
        if (rows.Count == 0) return;
        foreach (var chunk in rows.Chunk(RowsPerStatement)) await Upsert(db, chunk, ct);
        foreach (var (key, (added, removed)) in rows.Where(r => MayLowerStated(r.Key, r.Value.Added, r.Value.Removed)))
            await RecountStated(db, recordId, key, added, ct);
        // Only a cell that lost facts can be left empty: a snapshot that only adds (a new record, most writes) deletes nothing.
        var months = rows.Where(r => r.Value.Removed.Facts > r.Value.Added.Facts).Select(r => r.Key.Month).Distinct().ToList();
        if (months.Count > 0) await db.KpiCells.Where(c => c.Facts <= 0 && months.Contains(c.Month)).ExecuteDeleteAsync(ct);
    }

    private void Change(StoredKpiFact fact, bool added)
    {
        var parts = CellParts.OfFact(fact.ValueHundredths, fact.OutOfHundredths, fact.UpToHundredths, fact.Qualifier, fact.DistinctKey is not null);
        foreach (var key in KpiCellKey.Of(fact.KpiKey, fact.Month, fact.OrganisationId, fact.Town, fact.Area, fact.CountryOrRegion,
                     fact.WorkLine, fact.ProgrammeId, fact.DistinctKey))
        {
            var (a, r) = changes.GetValueOrDefault(key, (CellParts.None, CellParts.None));
            changes[key] = added ? (a.Plus(parts), r) : (a, r.Plus(parts));
        }
    }

    // Only a cell of facts without a distinct key has a stated count to lose; and it keeps its maximum
    // when what is added reaches what is removed (a snapshot that changes nothing else, most often).
    private static bool MayLowerStated(KpiCellKey key, CellParts added, CellParts removed) =>
        key.DistinctKey.Length == 0 && removed.Facts > 0 && removed.StatedHundredths > added.StatedHundredths;

    private static async Task Upsert(ScorecardDbContext db, IReadOnlyList<KeyValuePair<KpiCellKey, (CellParts Added, CellParts Removed)>> rows, CancellationToken ct)
    {
        var sql = new StringBuilder($"""
            INSERT INTO {db.TableOf<KpiCell>()} AS cell ("KpiKey", "Month", "OrganisationId", "Dimension", "Value", "ProgrammeId", "DistinctKey",
                "ValueHundredths", "OutOfHundredths", "Facts", "TopHundredths", "Exact", "Ranges", "AtLeast", "About", "StatedHundredths")
            VALUES
            """);
        var values = new List<object>(rows.Count * 16);
        foreach (var (key, (added, removed)) in rows)
        {
            var change = added.Less(removed);
            sql.Append(values.Count == 0 ? "\n(" : ",\n(");
            for (var i = 0; i < 16; i++) sql.Append(i == 0 ? "" : ", ").Append('{').Append(values.Count + i).Append('}');
            sql.Append(')');
            // A row only removed from keeps its stated count: long.MinValue never wins the comparison below.
            values.AddRange([key.KpiKey, key.Month, key.OrganisationId, (int)key.Dimension, key.Value, key.ProgrammeId, key.DistinctKey,
                change.ValueHundredths, change.OutOfHundredths, change.Facts, change.TopHundredths,
                change.Exact, change.Ranges, change.AtLeast, change.About, added.StatedHundredths]);
        }
        sql.Append("""

            ON CONFLICT ("Month", "KpiKey", "Dimension", "OrganisationId", "Value", "ProgrammeId", "DistinctKey") DO UPDATE SET
                "ValueHundredths" = cell."ValueHundredths" + excluded."ValueHundredths",
                "OutOfHundredths" = cell."OutOfHundredths" + excluded."OutOfHundredths",
                "Facts" = cell."Facts" + excluded."Facts",
                "TopHundredths" = cell."TopHundredths" + excluded."TopHundredths",
                "Exact" = cell."Exact" + excluded."Exact",
                "Ranges" = cell."Ranges" + excluded."Ranges",
                "AtLeast" = cell."AtLeast" + excluded."AtLeast",
                "About" = cell."About" + excluded."About",
                "StatedHundredths" = CASE WHEN excluded."StatedHundredths" > cell."StatedHundredths"
                    THEN excluded."StatedHundredths" ELSE cell."StatedHundredths" END
            """);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    /// <summary>
    /// The cell's stated count from the facts of every other record in it and the ones this snapshot
    /// adds; 0 when none is left, as the cell is then deleted.
    /// </summary>
    private static async Task RecountStated(ScorecardDbContext db, Guid recordId, KpiCellKey key, CellParts added, CancellationToken ct)
    {
        var first = new DateOnly(key.Month / 100, key.Month % 100, 1);
        // The date bounds let the facts' period index find the month; the month itself is not its first column.
        var values = new List<object> { recordId, key.KpiKey, key.Month, key.OrganisationId, first, first.AddMonths(1).AddDays(-1), key.Value, key.ProgrammeId };
        var row = key.Dimension switch
        {
            CellDimension.Total => "",
            CellDimension.Town => """AND COALESCE(f."Town", '') = {6}""",
            CellDimension.Area => """AND f."Area" = {6}""",
            CellDimension.CountryOrRegion => """AND COALESCE(f."CountryOrRegion", '') = {6}""",
            CellDimension.WorkLine => """AND f."WorkLine" = {6}""",
            CellDimension.Programme => """AND f."ProgrammeId" = {7}""",
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Dimension, null),
        };
        var addedBranch = "";
        if (added.Facts > 0)
        {
            values.Add(added.StatedHundredths);
            addedBranch = $"UNION ALL SELECT {{{values.Count - 1}}}";
        }
        // Only fixed SQL is interpolated (the dimension's column and an integer); every value is a parameter.
        var sql = $$"""
            UPDATE {{db.TableOf<KpiCell>()}} SET "StatedHundredths" = COALESCE((SELECT MAX(v) FROM (
                SELECT f."ValueHundredths" AS v FROM {{db.TableOf<StoredKpiFact>()}} f
                WHERE f."RecordId" <> {0} AND f."KpiKey" = {1} AND f."Month" = {2} AND f."OrganisationId" = {3}
                    AND f."On" >= {4} AND f."On" <= {5} AND f."DistinctKey" IS NULL {{row}}
                {{addedBranch}}) AS stated), 0)
            WHERE "Month" = {2} AND "KpiKey" = {1} AND "Dimension" = {{(int)key.Dimension}} AND "OrganisationId" = {3} AND "Value" = {6}
                AND "ProgrammeId" = {7} AND "DistinctKey" = ''
            """;
        await db.Database.ExecuteSqlRawAsync(sql, values, ct);
    }
}
