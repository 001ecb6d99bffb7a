using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// Search without an index: every whitespace-separated part of the query must appear in a project's
/// name, investor, industry or town (LIKE), unranked, the first 50.
/// </summary>
internal static class BaselineSearch
{
    internal sealed record Hit(Guid Id, string Name, string InvestorName, string Industry, string Town);

    public static async Task<Ok<List<Hit>>> Find(string q, BaselineStore store, CancellationToken ct)
    {
        var parts = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        await using var connection = await store.Open(ct);
        await using var command = connection.CreateCommand();
        var conditions = parts.Select((_, i) =>
            $"(\"Name\" LIKE @p{i} OR \"InvestorName\" LIKE @p{i} OR \"Industry\" LIKE @p{i} OR \"Town\" LIKE @p{i})");
        command.CommandText = $"""SELECT "Id", "Name", "InvestorName", "Industry", "Town" FROM "inv_projects" WHERE {string.Join(" AND ", conditions)} LIMIT 50""";
        for (var i = 0; i < parts.Length; i++) command.Parameters.AddWithValue($"@p{i}", $"%{parts[i]}%");
        var hits = new List<Hit>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                hits.Add(new Hit(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        return TypedResults.Ok(hits);
    }
}
