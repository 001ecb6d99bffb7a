using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// Hostile text stored through the API (<see cref="HostileText"/>) comes back exactly as it was
/// sent from the API, as text and never as markup on the pages, and as text cells, never as
/// formulas, in the exported workbooks; a path in an uploaded file's name never places the file
/// outside the imports folder.
/// </summary>
public sealed class HostileTextTests(HostileRecords world) : IClassFixture<HostileRecords>
{
    [Fact]
    public async Task The_api_gives_back_every_hostile_string_exactly_as_it_was_stored()
    {
        foreach (var record in world.Records)
        {
            var stored = await (await world.Admin.GetAsync(record.Api)).ShouldBe(HttpStatusCode.OK);
            foreach (var (field, text) in record.Fields)
                stored.GetProperty(field).GetString().Should().Be(text, "{0} keeps its {1} as sent", record.Api, field);
        }
    }

    [Fact]
    public async Task Record_pages_show_hostile_strings_as_text_and_never_as_markup()
    {
        foreach (var record in world.Records)
        {
            var page = await Page(record.Page);
            var name = record.Fields.First();
            page.Body!.TextContent.Should().Contain(name.Value, "{0} shows its {1} as text", record.Page, name.Key);
            ShouldHoldNoInjectedMarkup(page, record.Page);
        }
    }

    [Fact]
    public async Task List_pages_show_hostile_strings_as_text_and_never_as_markup()
    {
        foreach (var list in world.Records.Select(r => r.ExportList).Distinct())
        {
            var page = await Page($"{list}?pageSize=200");
            foreach (var text in HostileText.All) page.Body!.TextContent.Should().Contain(text, "{0} lists {1}", list, text);
            ShouldHoldNoInjectedMarkup(page, list);
        }
    }

    [Fact]
    public async Task Exported_workbooks_hold_hostile_strings_as_text_cells_and_never_as_formulas()
    {
        foreach (var list in world.Records.Select(r => r.ExportList).Distinct())
        {
            var response = await world.Admin.GetAsync($"{list}?handler=Export");
            response.StatusCode.Should().Be(HttpStatusCode.OK, list);
            var cells = SheetCells.Of(await response.Content.ReadAsByteArrayAsync());

            cells.Should().NotContain(c => c.IsFormula, "{0}'s export holds values only", list);
            var read = await Exports.Workbooks.Rows(world.Admin, $"{list}?handler=Export");
            foreach (var text in HostileText.All)
            {
                var holding = cells.Where(c => c.Text == text).ToList();
                holding.Should().NotBeEmpty("{0}'s export holds {1} exactly; cells like it: {2}", list, text,
                    string.Join(" | ", cells.Where(c => c.Text.Contains(text[..2], StringComparison.Ordinal)).Select(c => $"{c.Reference} {c.Type} \"{c.Text}\" ({string.Join(" ", c.Text.Select(ch => ((int)ch).ToString("X4")))})")));
                holding.Should().OnlyContain(c => c.IsText, "{0} is text in {1}'s export, whatever it starts with", text, list);
                read.SelectMany(r => r.Values).Should().Contain(text, "{0} reads back from {1}'s export as it was, so the export imports again", text, list);
            }
        }
    }

    [Theory]
    [InlineData("../../../../{0}.csv")]
    [InlineData("..\\..\\..\\{0}.csv")]
    [InlineData("/tmp/{0}.csv")]
    [InlineData("imports/../../{0}.csv")]
    [InlineData("<script>alert(1)</script>{0}.csv")]
    public async Task A_path_in_an_uploaded_file_name_never_writes_outside_the_imports_folder(string pattern)
    {
        var unique = $"traversal-{Guid.NewGuid():N}";
        var fileName = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, unique);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("项目名称,投资方,行业,金额（元）,落地镇街,阶段,阶段日期\n路径测试项目,路径测试集团,先进制造,1000000,石岐,意向,2024-01-02\n"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var data = Path.GetDirectoryName(world.Factory.DatabasePath)!;
        var imports = Path.Combine(data, "imports");
        var before = FilesUnder(data);

        var job = await (await world.Admin.PostAsync(
            $"/api/imports/ledgers/investment-projects/files?fileName={Uri.EscapeDataString(fileName)}&mode=dryRun", content)).ShouldBe(HttpStatusCode.Accepted);
        var finished = await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => await (await world.Admin.GetAsync($"/api/imports/{job.Id()}")).Body(),
            j => j.GetProperty("state").GetString() is "finished" or "refused");

        finished.GetProperty("state").GetString().Should().Be("finished", "the file is read from where it was stored: {0}", finished);
        finished.GetProperty("fileName").GetString().Should().Be(Path.GetFileName(fileName), "the name is kept for the reader, without its folders");
        FilesUnder(data).Except(before).Should().OnlyContain(f => Path.GetDirectoryName(f) == imports, "uploads are stored in the imports folder only");
        Directory.EnumerateFiles(imports).Should().NotContain(f => f.Contains(unique), "a stored upload is named by the host, not the client");
        foreach (var folder in new[] { imports, data, Path.GetTempPath() })
            File.Exists(Path.GetFullPath(Path.Combine(folder, fileName))).Should().BeFalse("nothing is written where the name points from {0}", folder);

        var page = await Page($"/imports/{job.Id()}");
        page.Body!.TextContent.Should().Contain(Path.GetFileName(fileName));
        ShouldHoldNoInjectedMarkup(page, "the import's page");
    }

    // Files only: the database's own (federation.db, -wal, -shm) are written all the time and are not new.
    private static HashSet<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("federation.db", StringComparison.Ordinal)).ToHashSet();

    private async Task<IDocument> Page(string path)
    {
        var response = await world.Admin.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        var html = await response.Content.ReadAsStringAsync();
        // Encoded, the text may still read "onerror=alert(1)"; only an unescaped "<" would open a tag.
        html.Should().NotContain("<script>alert(1)", "{0} encodes what it shows", path).And.NotContain("<img src=x", path).And.NotContain("<svg/onload", path);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    // The pages have no inline script and no inline handler of their own (the content security policy forbids both),
    // so any there came from the data.
    private static void ShouldHoldNoInjectedMarkup(IDocument page, string where)
    {
        page.QuerySelectorAll("script").Should().NotContain(s => s.TextContent.Contains("alert(1)"), "{0} runs no script from the data", where);
        page.All.SelectMany(e => e.Attributes).Should().NotContain(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
            "{0} has no event handler attributes", where);
        page.QuerySelectorAll("img[src=x]").Should().BeEmpty("{0} shows no image from the data", where);
    }
}
