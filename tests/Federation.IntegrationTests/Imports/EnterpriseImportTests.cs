using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>
/// The Enterprise services ledgers — the registry, visits and concerns — uploaded, checked and
/// imported through the module's own use cases: known records are updated, never added twice, an
/// exported registry imports back as it is, and imported visits and concerns count on the scorecard.
/// </summary>
public sealed class EnterpriseImportTests
{
    private static readonly string[] RegistryHeaders = ["企业名称", "曾用名", "统一社会信用代码", "镇街", "行业", "投资方所在国家和地区", "状态", "联系人"];
    private static readonly string[] VisitHeaders = ["走访日期", "企业", "镇街", "走访事由", "走访人员", "走访情况"];
    private static readonly string[] ConcernHeaders = ["诉求类别", "诉求内容", "企业", "提出日期", "办理期限", "状态", "承办部门", "已超期", "办结日期", "办理结果"];

    [Fact]
    public async Task A_dry_run_reports_each_bad_cell_on_its_column_and_writes_nothing()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var known = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: $"中山市已登记电器有限公司{tag}"));
        var good = EnterpriseRequests.NewCreditCode();
        var mistyped = EnterpriseRequests.NewCreditCode();
        mistyped = mistyped[..17] + (mistyped[17] == '0' ? '1' : '0');

        var registry = await Ledgers.Run(admin, "enterprises", Ledgers.Workbook(RegistryHeaders,
            [$"中山市导入甲有限公司{tag}", null, good, "火炬开发区", "智能家电", "中国香港", "正常经营", "陈先生 总经理 0760-88888888"],
            [$"中山市导入乙有限公司{tag}", null, mistyped, "石岐", "灯饰", "新加坡", "正常经营", null],
            [$"中山市导入丙有限公司{tag}", null, EnterpriseRequests.NewCreditCode(), "小榄", "五金", "火星", "营业中", null]));

        registry.GetProperty("state").GetString().Should().Be("finished");
        registry.GetProperty("written").GetBoolean().Should().BeFalse();
        (registry.Count("added"), registry.Count("refused")).Should().Be((1, 2));
        var report = await Ledgers.Report(admin, registry.Id());
        report[2].Outcome.Should().Be("added");
        report[2].Key.Should().Be(good);
        report[3].Problems.Should().ContainSingle().Which.Should().StartWith("creditCode:", "the check character does not check");
        report[4].Problems.Should().HaveCount(2).And.Contain(p => p.StartsWith("country:") && p.Contains("火星"))
            .And.Contain(p => p.StartsWith("status:") && p.Contains("营业中"));
        (await Total(admin, $"/api/enterprises/enterprises?q=导入甲有限公司{tag}")).Should().Be(0, "a dry run writes nothing");

        var visits = await Ledgers.Run(admin, "enterprise-visits", Ledgers.Workbook(VisitHeaders,
            ["2023-03-01", known.GetProperty("name").GetString(), "火炬开发区", "座谈听取意见", "林志远、市侨联经济科技部", "座谈听取企业发展诉求。"],
            ["2023-03-02", $"中山市未登记企业{tag}", "石岐", "座谈听取意见", "林志远", null],
            ["2023/13/40", known.GetProperty("creditCode").GetString(), "火炬开发区", "新春慰问", "林志远", null]));

        (visits.Count("added"), visits.Count("refused")).Should().Be((1, 2));
        report = await Ledgers.Report(admin, visits.Id());
        report[3].Problems.Should().ContainSingle().Which.Should().StartWith("enterprise:").And.Contain($"中山市未登记企业{tag}");
        report[4].Problems.Should().ContainSingle().Which.Should().StartWith("visitedOn:");
        (await Total(admin, $"/api/enterprises/visits?enterpriseId={known.Id()}")).Should().Be(0);

        var concerns = await Ledgers.Run(admin, "enterprise-concerns", Ledgers.Workbook(ConcernHeaders,
            ["税收", "出口退税办理周期较长", known.GetProperty("name").GetString(), "2023-03-01", "2023-04-01", "已转办", "国家税务总局中山市税务局"],
            ["融资", "流动资金贷款难", known.GetProperty("name").GetString(), "2023-03-01", null, "已解决", null, "否", null, null],
            ["税务问题", "发票额度不足", known.GetProperty("name").GetString(), "2023-03-01", "2023-02-01"]));

        (concerns.Count("added"), concerns.Count("refused")).Should().Be((1, 2));
        report = await Ledgers.Report(admin, concerns.Id());
        report[3].Problems.Should().HaveCount(2, "a resolution needs its day and its outcome")
            .And.Contain(p => p.StartsWith("settledOn:")).And.Contain(p => p.StartsWith("outcome:"));
        report[4].Problems.Should().Contain(p => p.StartsWith("category:") && p.Contains("税务问题"));
        (await Total(admin, $"/api/enterprises/concerns?enterpriseId={known.Id()}")).Should().Be(0);
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_a_changed_row_updates_its_record_instead_of_adding_one()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var code = EnterpriseRequests.NewCreditCode();
        var (oldName, newName, other) = ($"中山市侨兴五金厂{tag}", $"广东侨兴智能科技有限公司{tag}", $"中山市侨安灯饰有限公司{tag}");
        var first = Ledgers.Workbook(RegistryHeaders,
            [oldName, null, code, "小榄", "五金", "中国澳门", "正常经营", "陈先生 总经理 0760-88888888"],
            [other, null, EnterpriseRequests.NewCreditCode(), "古镇", "灯饰", "US", null, null]);

        (await Ledgers.Run(admin, "enterprises", first, mode: "eachRow")).Count("added").Should().Be(2);
        var again = await Ledgers.Run(admin, "enterprises", first, mode: "eachRow");
        (again.Count("unchanged"), again.Count("added"), again.Count("updated")).Should().Be((2, 0, 0));

        var changed = Ledgers.Workbook(RegistryHeaders,
            [newName, oldName, code, "小榄", "智能家电", "中国澳门", "正常经营", "陈先生 总经理 0760-88888888、李女士 财务 13800000000"],
            [other, null, null, "古镇", "照明", "US", "已迁出", null]);
        var updated = await Ledgers.Run(admin, "enterprises", changed, mode: "eachRow");
        (updated.Count("updated"), updated.Count("added")).Should().Be((2, 0), "one is known by its code, the other by its name");

        var renamed = (await Registry(admin, code)).Should().ContainSingle().Subject;
        renamed.GetProperty("name").GetString().Should().Be(newName);
        renamed.GetProperty("formerNames").EnumerateArray().Select(n => n.GetString()).Should().Equal(oldName);
        renamed.GetProperty("contacts").GetArrayLength().Should().Be(2);
        var moved = (await Registry(admin, other)).Should().ContainSingle().Subject;
        (moved.GetProperty("industry").GetString(), moved.GetProperty("status").GetString()).Should().Be(("照明", "movedAway"));

        // A visit and a concern ledger still carrying the old name find the renamed enterprise.
        var visit = Ledgers.Workbook(VisitHeaders, ["2023-05-10", oldName, "小榄", "座谈听取意见", "林志远、市侨联经济科技部", "了解扩产计划。"]);
        (await Ledgers.Run(admin, "enterprise-visits", visit, mode: "eachRow")).Count("added").Should().Be(1);
        (await Ledgers.Run(admin, "enterprise-visits", visit, mode: "eachRow")).Count("unchanged").Should().Be(1);
        var moreVisitors = Ledgers.Workbook(VisitHeaders, ["2023-05-10", newName, "小榄", "协调解决问题", "林志远、陈静", "了解扩产计划。"]);
        (await Ledgers.Run(admin, "enterprise-visits", moreVisitors, mode: "eachRow")).Count("updated").Should().Be(1);
        var visits = await (await admin.GetAsync($"/api/enterprises/visits?enterpriseId={renamed.Id()}")).ShouldBe(HttpStatusCode.OK);
        visits.GetProperty("total").GetInt32().Should().Be(1, "the enterprise and the day are the visit's key");
        visits.GetProperty("items")[0].GetProperty("visitors").EnumerateArray().Select(v => v.GetString()).Should().Equal("林志远", "陈静");
        visits.GetProperty("items")[0].GetProperty("purpose").GetString().Should().Be("problemSolving");

        var referred = Ledgers.Workbook(ConcernHeaders,
            ["用地与厂房", "扩建厂房用地指标不足", oldName, "2023-05-10", "2023-06-30", "已转办", "中山市自然资源局", "否", null, null]);
        (await Ledgers.Run(admin, "enterprise-concerns", referred, mode: "eachRow")).Count("added").Should().Be(1);
        (await Ledgers.Run(admin, "enterprise-concerns", referred, mode: "eachRow")).Count("unchanged").Should().Be(1);
        var resolved = Ledgers.Workbook(ConcernHeaders,
            ["用地与厂房", "扩建厂房用地指标不足", newName, "2023-05-10", "2023-06-30", "已解决", "中山市自然资源局", "否", "2023-06-20", "已协调落实用地指标。"]);
        (await Ledgers.Run(admin, "enterprise-concerns", resolved, mode: "eachRow")).Count("updated").Should().Be(1);
        var concerns = await (await admin.GetAsync($"/api/enterprises/concerns?enterpriseId={renamed.Id()}")).ShouldBe(HttpStatusCode.OK);
        concerns.GetProperty("total").GetInt32().Should().Be(1);
        var concern = concerns.GetProperty("items")[0];
        (concern.GetProperty("status").GetString(), concern.GetProperty("settledOn").GetString(), concern.GetProperty("outcome").GetString())
            .Should().Be(("resolved", "2023-06-20", "已协调落实用地指标。"));
        concern.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetString()).Should().Equal("open", "referred", "resolved");
        concern.GetProperty("visitId").GetGuid().Should().Be(visits.GetProperty("items")[0].Id(), "it was heard at that day's visit");

        var backwards = await Ledgers.Run(admin, "enterprise-concerns", referred, mode: "eachRow");
        backwards.Count("refused").Should().Be(1, "an import does not reopen a settled concern");
        (await Ledgers.Report(admin, backwards.Id()))[2].Problems.Should().ContainSingle(p => p.StartsWith("status:"));
    }

    [Fact]
    public async Task An_exported_registry_imports_back_unchanged_and_into_an_empty_registry_as_the_same_records()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var town = $"往返镇{EnterpriseRequests.Unique()}";
        var renamedBody = EnterpriseRequests.Enterprise(name: $"中山市往返旧名有限公司{town}");
        renamedBody["town"] = town;
        renamedBody["contacts"] = new[]
        {
            new { name = "陈先生", role = "总经理", phone = "0760-88888888" },
            new { name = "Tom Lee", role = "Sales Director", phone = "+852 1234 5678" },
        };
        var registered = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", renamedBody);
        renamedBody["name"] = $"广东往返新名科技有限公司{town}";
        renamedBody["status"] = "movedAway";
        renamedBody["creditCode"] = registered.GetProperty("creditCode").GetString();
        renamedBody["version"] = registered.Version();
        await (await admin.PutAsJsonAsync($"/api/enterprises/enterprises/{registered.Id()}", renamedBody)).ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++)
        {
            var body = EnterpriseRequests.Enterprise(name: $"中山市往返{i}号有限公司{town}");
            body["town"] = town;
            body["investorCountryOrRegion"] = i == 0 ? null : "SG";
            body["contacts"] = i == 0 ? Array.Empty<object>() : body["contacts"];
            await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", body);
        }
        // Moving the registry to another host needs the phones: a full export, with its reason logged.
        var exportUrl = $"/enterprises/registry?handler=Export&town={Uri.EscapeDataString(town)}&ExportReason={Uri.EscapeDataString("迁移到新系统")}";
        var exported = await (await admin.GetAsync(exportUrl)).Content.ReadAsByteArrayAsync();

        var back = await Ledgers.Run(admin, "enterprises", exported, mode: "eachRow", fileName: "侨企名录.xlsx");

        back.GetProperty("state").GetString().Should().Be("finished");
        (back.Count("unchanged"), back.Count("added"), back.Count("updated"), back.Count("refused")).Should().Be((4, 0, 0, 0));
        back.GetProperty("written").GetBoolean().Should().BeFalse("nothing differed, so nothing was written");

        using var empty = new FederationFactory();
        var elsewhere = await empty.Admin();
        var recreated = await Ledgers.Run(elsewhere, "enterprises", exported, mode: "allOrNothing");
        (recreated.Count("added"), recreated.Count("refused")).Should().Be((4, 0));
        var original = await Exports.Workbooks.Rows(admin, exportUrl);
        var copy = await Exports.Workbooks.Rows(elsewhere, exportUrl);
        copy.Should().HaveCount(4);
        // Compared as exported: a contact cell cannot say where a name with a space ends ("Tom Lee Sales
        // Director"), so that contact is split at the first space, and still reads the same.
        copy.Select(Cells).Should().Equal(original.Select(Cells), "the former name, status, region and contacts come back as they were");
        var again = await Ledgers.Run(elsewhere, "enterprises", await (await elsewhere.GetAsync(exportUrl)).Content.ReadAsByteArrayAsync(), mode: "eachRow");
        again.Count("unchanged").Should().Be(4);
    }

    [Fact]
    public async Task Imported_visits_and_concerns_count_on_the_scorecard_and_show_on_the_enterprise_as_hand_entered_ones_do()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var first = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        var second = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        await EnterpriseRequests.Created(admin, "/api/enterprises/visits", EnterpriseRequests.Visit(first.Id(), "2019-02-01"));
        string Name(JsonElement e) => e.GetProperty("name").GetString()!;
        string Code(JsonElement e) => e.GetProperty("creditCode").GetString()!;

        var visits = await Ledgers.Run(admin, "enterprise-visits", Ledgers.Workbook(VisitHeaders,
            ["2019-03-01", Name(first), null, "座谈听取意见", "林志远", null],
            ["2019-04-01", Code(second), null, "新春慰问", "林志远、陈静", "送上新春祝福。"]), mode: "eachRow");
        var concerns = await Ledgers.Run(admin, "enterprise-concerns", Ledgers.Workbook(ConcernHeaders,
            ["税收", "出口退税办理周期较长", Name(first), "2019-03-01", "2019-04-30", "已解决", null, null, "2019-03-21", "税务局已开通快速通道。"],
            ["人才用工", "技术工人招聘难", Name(second), "2019-04-01", null, "待办理", null, null, null, null]), mode: "eachRow");

        (visits.Count("added"), concerns.Count("added")).Should().Be((2, 2));
        var scorecard = await Eventually.Within(TimeSpan.FromMinutes(1),
            async () => await (await admin.GetAsync("/api/scorecard/2019")).Body(),
            // A resolved concern arrives as two snapshots (raised, then resolved): wait for the second too.
            s => Figure(s, "enterprises.visits") == 3 && Figure(s, "enterprises.concerns-raised") == 2 && Figure(s, "enterprises.concerns-resolved") == 1);
        Figure(scorecard, "enterprises.visits").Should().Be(3, "one visit was entered by hand, two imported");
        Figure(scorecard, "enterprises.enterprises-served").Should().Be(2);
        Figure(scorecard, "enterprises.concerns-raised").Should().Be(2);
        Figure(scorecard, "enterprises.concerns-resolved").Should().Be(1);
        Figure(scorecard, "enterprises.days-to-resolve").Should().Be(20);

        var timeline = await Eventually.Within(TimeSpan.FromMinutes(1),
            async () => await (await admin.GetAsync($"/api/enterprises/enterprises/{first.Id()}/timeline")).Body(),
            t => t.GetProperty("items").GetArrayLength() >= 3);
        timeline.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("on").GetString()))
            .Should().Contain([("visit", "2019-02-01"), ("visit", "2019-03-01"), ("concern", "2019-03-01")]);
        var heard = await (await admin.GetAsync($"/api/enterprises/concerns?enterpriseId={first.Id()}")).ShouldBe(HttpStatusCode.OK);
        var visit = await (await admin.GetAsync($"/api/enterprises/visits?enterpriseId={first.Id()}&year=2019")).ShouldBe(HttpStatusCode.OK);
        var march = visit.GetProperty("items").EnumerateArray().Single(v => v.GetProperty("visitedOn").GetString() == "2019-03-01");
        heard.GetProperty("items")[0].GetProperty("visitId").GetGuid().Should().Be(march.Id(), "the concern was heard at that visit");
    }

    private static async Task<int> Total(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private static async Task<List<JsonElement>> Registry(HttpClient client, string q)
    {
        var list = await (await client.GetAsync($"/api/enterprises/enterprises?q={Uri.EscapeDataString(q)}")).ShouldBe(HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().ToList();
    }

    private static string Cells(IDictionary<string, object> row) => string.Join(" | ", row.Select(c => $"{c.Key}={c.Value}"));

    private static decimal Figure(JsonElement scorecard, string key) =>
        scorecard.GetProperty("kpis").EnumerateArray().First(k => k.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal();
}
