using System.IO.Compression;
using System.Net;
using System.Text;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>Files that are not a ledger, or are hostile, are refused whole with a clear reason, and nothing is written.</summary>
public sealed class ImportFileTests : IClassFixture<ImportFileTests.Host>
{
    private static readonly string[] Headers = ["项目名称", "投资方", "行业", "金额（元）", "落地镇街", "阶段", "阶段日期"];
    private readonly Host host;

    public ImportFileTests(Host host) => this.host = host;

    /// <summary>One host with small limits, so a zip bomb and a long file can be shown without building gigabytes.</summary>
    public sealed class Host : IDisposable
    {
        public FederationFactory Factory { get; } = new FederationFactory()
            .With("Imports:MaxUnpackedBytes", "20000000")
            .With("Imports:MaxRows", "50");

        public void Dispose() => Factory.Dispose();
    }

    public static TheoryData<string, string, string> RefusedFiles() => new()
    {
        { "not-a-spreadsheet", "ledger.xlsx", "不是有效的 .xlsx 或 .csv" },
        { "legacy-xls", "ledger.xls.xlsx", ".xls" },
        { "zip-bomb", "bomb.xlsx", "压缩炸弹" },
        { "formula", "formula.xlsx", "公式" },
        { "huge-cell", "huge.xlsx", "4000 个字符" },
        { "dtd", "entities.xlsx", "不是有效的 .xlsx 或 .csv" },
        { "too-many-rows", "long.xlsx", "50 行" },
        { "missing-column", "partial.xlsx", "缺少必需的列：阶段日期" },
        { "csv-formula", "ledger.csv", "公式" },
        { "empty", "empty.csv", "文件是空的" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_hostile_or_malformed_file_is_refused_whole_with_a_reason_and_writes_nothing(string kind, string fileName, string reason)
    {
        var admin = await host.Factory.Admin();
        var before = await Projects(admin);

        var job = await Ledgers.Run(admin, "investment-projects", File(kind), mode: "eachRow", fileName: fileName,
            contentType: fileName.EndsWith(".csv") ? "text/csv" : Ledgers.XlsxType);

        job.GetProperty("state").GetString().Should().Be("refused");
        job.GetProperty("problem").GetString().Should().Contain(reason);
        job.GetProperty("written").GetBoolean().Should().BeFalse();
        job.Count("rows").Should().Be(0, "no row is read from a refused file");
        (await Projects(admin)).Should().Be(before);
    }

    [Fact]
    public async Task A_csv_saved_by_chinese_excel_in_gb18030_reads_its_chinese()
    {
        var admin = await host.Factory.Admin();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = string.Join("\r\n", string.Join(',', Headers), "国标编码项目,国标集团,先进制造,\"1,000,000\",小榄,意向,2024-06-01") + "\r\n";

        var job = await Ledgers.Run(admin, "investment-projects", Encoding.GetEncoding("GB18030").GetBytes(csv), mode: "eachRow",
            fileName: "gb.csv", contentType: "text/csv");

        job.Count("added").Should().Be(1);
        var ledger = await (await admin.GetAsync("/api/investment/projects?q=国标编码项目")).ShouldBe(HttpStatusCode.OK);
        ledger.GetProperty("items")[0].GetProperty("investorName").GetString().Should().Be("国标集团");
        ledger.GetProperty("items")[0].GetProperty("amountYuan").GetDecimal().Should().Be(1_000_000m);
    }

    [Theory]
    [InlineData("ledger.txt", "fileName", "file")]
    [InlineData("", "fileName", "file")]
    [InlineData("ledger.xlsx", "mode", "mode")]
    public async Task An_upload_that_is_not_a_ledger_file_is_a_400_naming_the_field(string fileName, string bad, string field)
    {
        var admin = await host.Factory.Admin();
        var mode = bad == "mode" ? "sometimes" : "dryRun";
        var response = await Ledgers.Send(admin, "investment-projects", fileName, Ledgers.Workbook(Headers), mode);
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task An_unknown_ledger_is_a_404_and_someone_elses_job_is_not_found()
    {
        var admin = await host.Factory.Admin();
        (await Ledgers.Send(admin, "no-such-ledger", "a.xlsx", Ledgers.Workbook(Headers))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var job = await Ledgers.Run(admin, "investment-projects", Ledgers.Workbook(Headers));
        var anonymous = host.Factory.CreateClient();
        (await anonymous.GetAsync($"/api/imports/{job.Id()}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<int> Projects(HttpClient client) =>
        (await (await client.GetAsync("/api/investment/projects?pageSize=1")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private static object?[] Row(int i) => [$"安全测试项目{i}", "安全集团", "先进制造", 1_000_000m, "石岐", "意向", "2024-01-02"];

    private static byte[] File(string kind) => kind switch
    {
        "not-a-spreadsheet" => Encoding.UTF8.GetBytes("<html><body>这不是表格</body></html>").Concat(new byte[] { 0, 1, 2 }).ToArray(),
        "legacy-xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        "zip-bomb" => WithEntry(Ledgers.Workbook(Headers, Row(1)), "xl/media/padding.bin", new byte[40_000_000]),
        "formula" => Rewritten(Ledgers.Workbook(Headers, Row(1)), "xl/worksheets/sheet1.xml", xml => xml.Replace("<x:v>1000000</x:v>", "<x:f>500000*2</x:f><x:v>1000000</x:v>")),
        "huge-cell" => Ledgers.Workbook(Headers, [new string('长', 5_000), "安全集团", "先进制造", 1m, "石岐", "意向", "2024-01-02"]),
        "dtd" => Rewritten(Ledgers.Workbook(Headers, Row(1)), "xl/worksheets/sheet1.xml",
            xml => xml.Replace("<x:worksheet", "<!DOCTYPE x:worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x:worksheet")),
        "too-many-rows" => Ledgers.Workbook(Headers, Enumerable.Range(1, 60).Select(Row).ToArray()),
        "missing-column" => Ledgers.Workbook(Headers[..^1], Row(1)),
        "csv-formula" => Encoding.UTF8.GetBytes(string.Join(',', Headers) + "\n=HYPERLINK(\"x\"),安全集团,先进制造,1,石岐,意向,2024-01-02\n"),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] WithEntry(byte[] workbook, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }

    private static byte[] Rewritten(byte[] workbook, string name, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var changed = change(xml);
            changed.Should().NotBe(xml, "the test must actually plant what it tests");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(changed);
        }
        return stream.ToArray();
    }
}
