using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Federation.IntegrationTests.Imports;

/// <summary>Uploads ledgers through the import API and waits for their jobs, for every import test.</summary>
internal static class Ledgers
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An .xlsx whose first sheet has the given headers and rows.</summary>
    public static byte[] Workbook(IReadOnlyList<string> headers, params object?[][] rows)
    {
        var sheet = rows.Select(r => headers.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        if (sheet.Count == 0) sheet.Add(headers.ToDictionary(h => h, _ => (object?)null));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    public static Task<HttpResponseMessage> Send(HttpClient client, string ledger, string fileName, byte[] content,
        string mode = "dryRun", string contentType = XlsxType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync($"/api/imports/ledgers/{ledger}/files?fileName={Uri.EscapeDataString(fileName)}&mode={mode}", body);
    }

    /// <summary>Uploads the file and answers its job once it has finished (or was refused).</summary>
    public static async Task<JsonElement> Run(HttpClient client, string ledger, byte[] content, string mode = "dryRun", string fileName = "ledger.xlsx",
        string contentType = XlsxType)
    {
        var job = await (await Send(client, ledger, fileName, content, mode, contentType)).ShouldBe(HttpStatusCode.Accepted);
        return await Finished(client, job.Id());
    }

    public static async Task<JsonElement> Confirm(HttpClient client, Guid dryRun, string mode)
    {
        var job = await (await client.PostAsJsonAsync($"/api/imports/{dryRun}/confirm", new { mode })).ShouldBe(HttpStatusCode.Accepted);
        return await Finished(client, job.Id());
    }

    public static async Task<JsonElement> Finished(HttpClient client, Guid job)
    {
        var done = await Eventually.Within(TimeSpan.FromMinutes(2),
            async () => await (await client.GetAsync($"/api/imports/{job}")).Body(),
            j => j.GetProperty("state").GetString() is not ("queued" or "running"));
        done.GetProperty("state").GetString().Should().NotBe("running", "the import should finish within two minutes");
        return done;
    }

    /// <summary>The row report: row number → (outcome, problems as "column: message").</summary>
    public static async Task<Dictionary<int, (string? Outcome, string? Key, List<string> Problems)>> Report(HttpClient client, Guid job)
    {
        var report = new Dictionary<int, (string?, string?, List<string>)>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"/api/imports/{job}/rows?page={page}&pageSize=200")).ShouldBe(HttpStatusCode.OK);
            foreach (var row in body.GetProperty("items").EnumerateArray())
                report[row.GetProperty("row").GetInt32()] = (
                    row.GetProperty("outcome").ValueKind == JsonValueKind.Null ? null : row.GetProperty("outcome").GetString(),
                    row.GetProperty("key").ValueKind == JsonValueKind.Null ? null : row.GetProperty("key").GetString(),
                    row.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("column").GetString()}: {p.GetProperty("message").GetString()}").ToList());
            if (report.Count >= body.GetProperty("total").GetInt32()) return report;
        }
    }

    public static int Count(this JsonElement job, string property) => job.GetProperty(property).GetInt32();
}
