using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Modules;

/// <summary>
/// The dropped-in work line reaches what the platform offers every work line with no line elsewhere
/// naming it: comments and attachments on its cases (found through the search projection its
/// records feed), and a paragraph of its own in the annual report for a year it has cases in, none
/// for a year it has not. Search, home, calendar, recycle bin, audit, personal data and webhooks
/// have their own drop-in tests beside their features.
/// </summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInReachTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_case_of_the_dropped_in_work_line_takes_comments_and_files_and_its_year_has_the_work_lines_paragraph_in_the_report()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "周侨眷", complainantKind = "relativeOfOverseasChinese", category = "labour", matter = "工资被拖欠",
            town = "石岐", receivedOn = "2024-06-03",
        })).ShouldBe(HttpStatusCode.Created);
        var record = $"/api/records/RightsProtection/RightsCase/{received.Id()}";
        await Eventually.Within(TimeSpan.FromSeconds(30), async () => (await admin.GetAsync(record)).StatusCode, s => s == HttpStatusCode.OK);

        await (await admin.PostAsJsonAsync($"{record}/comments", new { body = "已联系区人社局，等待回复" })).ShouldBe(HttpStatusCode.Created);
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        await (await admin.PostAsync($"{record}/attachments?fileName={Uri.EscapeDataString("工资条.pdf")}", file)).ShouldBe(HttpStatusCode.Created);
        var discussion = await (await admin.GetAsync(record)).ShouldBe(HttpStatusCode.OK);
        discussion.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString()).Should().Equal(["已联系区人社局，等待回复"]);
        discussion.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).Should().Equal(["工资条.pdf"]);

        var pages = await PageClient.Admin(factory);
        var casePage = await pages.Get($"/rights/cases/{received.Id()}");
        casePage.Text.Should().Contain("已联系区人社局，等待回复", "the case's own page shows its discussion");

        await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2024"),
            k => k.GetValueOrDefault("rights.cases-received") == 1);
        (await pages.Get("/scorecard/report?year=2024")).Text.Should().Contain("受理归侨侨眷和海外侨胞维权个案1件");
        (await pages.Get("/scorecard/report?year=2022")).Text.Should().NotContain("受理归侨侨眷和海外侨胞维权个案", "a year without cases has no paragraph of the work line");
    }
}
