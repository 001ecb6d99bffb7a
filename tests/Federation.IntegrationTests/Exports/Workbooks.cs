using System.Net;

namespace Federation.IntegrationTests.Exports;

/// <summary>Reads a list page's exported workbook: its rows keyed by the headers.</summary>
internal static class Workbooks
{
    public static async Task<List<IDictionary<string, object>>> Rows(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object>>()
            .Where(r => r.Values.Any(v => v is not null)).ToList();
    }
}
