using Federation.Scorecard.Data;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Facts;

/// <summary>
/// The cells counted again from the facts, one grouped INSERT per breakdown: what the consumer's
/// changes must add up to (a rebuild gives identical cells), and how a database that had facts
/// before the cells gets them (migration <c>KpiCells</c>). Plain SQL both SQLite and PostgreSQL run.
/// </summary>
internal static class CellsFromFacts
{
    /// <summary>Deletes every cell and counts them all again from the facts; the tables as SQL names them (quoted, with any schema).</summary>
    public static string Sql(string cells, string facts) => string.Join(";\n", [
        $"DELETE FROM {cells}",
        Insert(cells, facts, CellDimension.Total, value: null, programme: null, ""),
        Insert(cells, facts, CellDimension.Town, """COALESCE("Town", '')""", programme: null, ""),
        Insert(cells, facts, CellDimension.Area, "\"Area\"", programme: null, """WHERE "Area" IS NOT NULL"""),
        Insert(cells, facts, CellDimension.CountryOrRegion, """COALESCE("CountryOrRegion", '')""", programme: null, ""),
        Insert(cells, facts, CellDimension.WorkLine, "\"WorkLine\"", programme: null, ""),
        Insert(cells, facts, CellDimension.Programme, value: null, "\"ProgrammeId\"", """WHERE "ProgrammeId" IS NOT NULL"""),
    ]) + ";";

    /// <summary>Counts the cells again from the facts, in the caller's transaction if it has one.</summary>
    public static Task Run(ScorecardDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(Sql(db.TableOf<KpiCell>(), db.TableOf<StoredKpiFact>()), ct);

    // A breakdown without a value or programme column gets the sentinel as a literal (Guid.Empty reads
    // into either engine's Guid column), so each breakdown is its own statement: a UNION would first
    // have to agree on the literals' types. PostgreSQL refuses a literal in GROUP BY: only columns are grouped.
    private static string Insert(string cells, string facts, CellDimension dimension, string? value, string? programme, string where)
    {
        var grouped = string.Concat(value is null ? "" : value + ", ", programme is null ? "" : programme + ", ");
        return $"""
            INSERT INTO {cells} ("KpiKey", "Month", "OrganisationId", "Dimension", "Value", "ProgrammeId", "DistinctKey",
                "ValueHundredths", "OutOfHundredths", "Facts", "TopHundredths", "Exact", "Ranges", "AtLeast", "About", "StatedHundredths")
            SELECT "KpiKey", "Month", "OrganisationId", {(int)dimension}, {value ?? "''"}, {programme ?? "'00000000-0000-0000-0000-000000000000'"},
                COALESCE("DistinctKey", ''),
                SUM("ValueHundredths"), SUM("OutOfHundredths"), COUNT(*), SUM(COALESCE("UpToHundredths", "ValueHundredths")),
                SUM(CASE WHEN "Qualifier" = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN "Qualifier" = 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN "Qualifier" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "Qualifier" = 3 THEN 1 ELSE 0 END),
                MAX(CASE WHEN "DistinctKey" IS NULL THEN "ValueHundredths" ELSE 0 END)
            FROM {facts} {where}
            GROUP BY "KpiKey", "Month", "OrganisationId", {grouped}COALESCE("DistinctKey", '')
            """;
    }
}
