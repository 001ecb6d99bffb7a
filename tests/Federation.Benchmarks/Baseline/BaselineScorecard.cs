using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// A year's Investment figures computed from the source rows instead of the scorecard's facts:
/// the projects whose 签约 stage falls in the year and that were not dropped, with the product's
/// breakdowns (total, month, town, country or region, organisation, programme), one grouped query
/// each, as the product issues one grouped query per breakdown over its facts.
/// </summary>
internal static class BaselineScorecard
{
    private static readonly (string Name, string Key)[] Breakdowns =
    [
        ("total", "''"),
        ("month", "substr(s.Date, 1, 4) || substr(s.Date, 6, 2)"),
        ("town", "p.Town"),
        ("countryOrRegion", "p.InvestorCountryOrRegion"),
        ("organisation", "p.OrganisationId"),
        ("programme", "p.ProgrammeId"),
    ];

    public static async Task<Ok<Dictionary<string, List<Cell>>>> Year(int year, BaselineStore store, CancellationToken ct)
    {
        await using var connection = await store.Open(ct);
        // One read transaction, so every breakdown counts the same rows, as the product's snapshot does.
        await using var snapshot = connection.BeginTransaction(deferred: true);
        var figures = new Dictionary<string, List<Cell>>();
        foreach (var (name, key) in Breakdowns)
            figures[name] = await Cells(connection, snapshot, key, year, ct);
        return TypedResults.Ok(figures);
    }

    private static async Task<List<Cell>> Cells(SqliteConnection connection, SqliteTransaction snapshot, string key, int year, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = $"""
            SELECT {key} AS k, COUNT(*), SUM(p.AmountFen),
                   SUM(EXISTS (SELECT 1 FROM inv_project_stages AS g WHERE g.ProjectId = p.Id AND g.Stage = 'Groundbreaking'))
            FROM inv_project_stages AS s
            JOIN inv_projects AS p ON p.Id = s.ProjectId
            WHERE s.Stage = 'Signed' AND s.Date >= $from AND s.Date <= $to AND p.Stage <> 'Dropped'
            GROUP BY k
            """;
        command.Parameters.AddWithValue("$from", $"{year:D4}-01-01");
        command.Parameters.AddWithValue("$to", $"{year:D4}-12-31");
        var cells = new List<Cell>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var signed = reader.GetInt32(1);
            var brokeGround = reader.GetInt32(3);
            cells.Add(new Cell(reader.IsDBNull(0) ? null : reader.GetValue(0).ToString(), signed, reader.GetInt64(2) / 100m,
                signed == 0 ? 0 : Math.Round((decimal)brokeGround / signed, 4)));
        }
        return cells;
    }

    internal sealed record Cell(string? Key, int ProjectsSigned, decimal SignedAmountYuan, decimal GroundbreakingRate);
}
