using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Seeding;

/// <summary>
/// The scorecard's cells (ADR 0038) for the seeded facts, as its consumer would have kept them while
/// storing the facts: added up in memory as projects are seeded, written once at the end. Seeded
/// facts are exact, with no area, distinct key or programme, so each counts in four cells: the
/// total, its town, its country or region (or none) and its work line.
/// </summary>
internal sealed class CellRows
{
    private const int Total = 0, Town = 1, CountryOrRegion = 3, WorkLine = 4;

    private readonly Dictionary<(string Key, int Month, int Dimension, string Value), (long Value, long OutOf, int Facts, long Largest)> cells = [];

    public void Add(string kpiKey, int month, long value, long outOf, string town, string? countryOrRegion)
    {
        Add((kpiKey, month, Total, ""), value, outOf);
        Add((kpiKey, month, Town, town), value, outOf);
        Add((kpiKey, month, CountryOrRegion, countryOrRegion ?? ""), value, outOf);
        Add((kpiKey, month, WorkLine, "Investment"), value, outOf);
    }

    /// <summary>Writes every cell, for <paramref name="organisation"/> (the seeded projects' owner), in the seeding's transaction.</summary>
    public void Write(SqliteConnection connection, SqliteTransaction transaction, string organisation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO sc_kpi_cells (KpiKey, Month, OrganisationId, Dimension, Value, ProgrammeId, DistinctKey,
                ValueHundredths, OutOfHundredths, Facts, TopHundredths, Exact, Ranges, AtLeast, About, StatedHundredths)
            VALUES ($key, $month, $org, $dimension, $value, '00000000-0000-0000-0000-000000000000', '',
                $sum, $outOf, $facts, $sum, $facts, 0, 0, 0, $largest)
            """;
        string[] names = ["$key", "$month", "$org", "$dimension", "$value", "$sum", "$outOf", "$facts", "$largest"];
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        foreach (var ((key, month, dimension, value), parts) in cells)
        {
            object[] values = [key, month, organisation, dimension, value, parts.Value, parts.OutOf, parts.Facts, parts.Largest];
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
            command.ExecuteNonQuery();
        }
    }

    private void Add((string, int, int, string) cell, long value, long outOf)
    {
        var (sum, outOfSum, facts, largest) = cells.GetValueOrDefault(cell, (0, 0, 0, long.MinValue));
        cells[cell] = (sum + value, outOfSum + outOf, facts + 1, Math.Max(largest, value));
    }
}
