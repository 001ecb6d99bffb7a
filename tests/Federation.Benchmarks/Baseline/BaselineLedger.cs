using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// The project ledger's list as the product's EF query issues it (the SQL was read from EF's command
/// log): the count with the sum, and a page of 50 sorted by stage date, filtered by stage and town.
/// </summary>
internal static class BaselineLedger
{
    // The recycle bin's mark is in every query of the product, as EF's query filter puts it.
    private const string Filter = """FROM "inv_projects" AS "i" WHERE "i"."DeletedAtUtc" IS NULL AND "i"."Stage" = @stage AND "i"."Town" = @town""";

    public static async Task<Ok<LedgerPage>> List(string stage, string town, int? pageSize, BaselineStore store, CancellationToken ct)
    {
        var size = pageSize ?? 50;
        await using var connection = await store.Open(ct);
        int total;
        long totalFen;
        await using (var totals = connection.CreateCommand())
        {
            totals.CommandText = $"""SELECT COUNT(*), COALESCE(SUM("i"."AmountFen"), 0) {Filter}""";
            Bind(totals, stage, town);
            await using var reader = await totals.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (total, totalFen) = (reader.GetInt32(0), reader.GetInt64(1));
        }

        await using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT "i"."Id", "i"."OrganisationId", "i"."Name", "i"."InvestorName", "i"."InvestorCountryOrRegion", "i"."Industry",
                   "i"."AmountFen", "i"."Town", "i"."EventId", "i"."ResponsibleStaff", "i"."Stage", "i"."StageDate", "i"."RecordedOn",
                   "i"."NextFollowUpDue", "i"."Version"
            {Filter}
            ORDER BY "i"."StageDate" DESC, "i"."Id"
            LIMIT @size OFFSET 0
            """;
        Bind(page, stage, town);
        page.Parameters.AddWithValue("@size", size);
        var items = new List<LedgerItem>(size);
        await using (var reader = await page.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                items.Add(new LedgerItem(
                    reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4),
                    reader.GetString(5), reader.GetInt64(6) / 100m, reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetGuid(8),
                    NullableString(reader, 9), reader.GetString(10), DateOnly.Parse(reader.GetString(11)), DateOnly.Parse(reader.GetString(12)),
                    reader.IsDBNull(13) ? null : DateOnly.Parse(reader.GetString(13)), false, reader.GetInt32(14)));
        return TypedResults.Ok(new LedgerPage(items, total, totalFen / 100m, 1, size));
    }

    private static void Bind(SqliteCommand command, string stage, string town)
    {
        command.Parameters.AddWithValue("@stage", stage);
        command.Parameters.AddWithValue("@town", town);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    internal sealed record LedgerItem(
        Guid Id, Guid OrganisationId, string Name, string InvestorName, string? InvestorCountryOrRegion, string Industry,
        decimal AmountYuan, string Town, Guid? EventId, string? ResponsibleStaff, string Stage, DateOnly StageDate,
        DateOnly RecordedOn, DateOnly? NextFollowUpDue, bool FollowUpOverdue, int Version);

    internal sealed record LedgerPage(IReadOnlyList<LedgerItem> Items, int Total, decimal TotalAmountYuan, int Page, int PageSize);
}
