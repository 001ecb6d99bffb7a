using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>
/// The talent ledger and its letters of intent, imported from spreadsheets: checked first, known
/// talents matched by the module's own duplicate rule, an exported list taken back unchanged, and
/// imported letters counted on the scorecard like letters entered by hand.
/// </summary>
public sealed class TalentImportTests
{
    private static readonly string[] TalentHeaders = ["中文名", "外文名", "学历", "专业领域", "院校", "留学国家和地区", "状态", "联系方式", "同意联系", "同意记录日期"];
    private static readonly string[] LetterHeaders = ["姓名", "院校", "学历", "意向单位", "镇街", "签署日期"];

    [Fact]
    public async Task A_dry_run_reports_each_bad_cell_on_its_column_and_writes_nothing()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        await Record(admin, "导入已有", "导入测试大学");
        var talents = Ledgers.Workbook(TalentHeaders,
            ["导入甲", null, "博士", "材料科学", "导入测试大学", "俄罗斯", "已见面", "jia@example.org", "是", "2036-03-01"],
            ["导入乙", null, "博士生", "化学", "导入测试大学", "英国", "已见面", null, "否", null],
            ["导入丙", null, "硕士", "物理", "导入测试大学", "US", "联系中", null, "是", "2036/13/40"],
            ["导入丁", null, "硕士", "物理", "导入测试大学", "US", null, "ding@example.org", "否", null]);

        var checkedTalents = await Ledgers.Run(admin, "talents", talents);

        checkedTalents.GetProperty("state").GetString().Should().Be("finished");
        checkedTalents.GetProperty("written").GetBoolean().Should().BeFalse();
        (checkedTalents.Count("added"), checkedTalents.Count("refused")).Should().Be((1, 3));
        var report = await Ledgers.Report(admin, checkedTalents.Id());
        report[2].Outcome.Should().Be("added");
        report[3].Problems.Should().ContainSingle().Which.Should().StartWith("degree:").And.Contain("博士生");
        report[4].Problems.Should().ContainSingle().Which.Should().StartWith("consentRecordedOn:").And.Contain("2036/13/40");
        report[5].Problems.Should().ContainSingle().Which.Should().StartWith("contact:", "a contact comes in only with consent");
        (await Total(admin, "/api/talent/talents?q=导入测试大学")).Should().Be(1, "a dry run writes nothing; only the talent recorded by hand is there");

        var letters = Ledgers.Workbook(LetterHeaders,
            ["导入已有", "导入测试大学", "博士", "中山大学中山研究院", "翠亨新区", "2036-05-01"],
            ["查无此人", "导入测试大学", "博士", "中山市翠亨新区科技企业", "石岐", "2036-05-02"],
            ["导入已有", "导入测试大学", "硕士", "中山市侨资企业", "石岐", "2036-02-30"]);

        var checkedLetters = await Ledgers.Run(admin, "talent-letters", letters);

        (checkedLetters.Count("added"), checkedLetters.Count("refused")).Should().Be((1, 2));
        var letterReport = await Ledgers.Report(admin, checkedLetters.Id());
        letterReport[2].Outcome.Should().Be("added");
        letterReport[3].Problems.Should().ContainSingle().Which.Should().StartWith("name:").And.Contain("查无此人");
        letterReport[4].Problems.Should().HaveCount(2).And.Contain(p => p.StartsWith("signedOn:"))
            .And.Contain(p => p.StartsWith("degree:"), "a letter takes its degree from the talent, a PhD");
        (await Total(admin, "/api/talent/letters?q=导入已有")).Should().Be(0, "a dry run signs nothing");
    }

    [Fact]
    public async Task A_confirmed_import_adds_the_same_file_again_is_unchanged_and_a_changed_row_updates_its_one_record()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var file = Ledgers.Workbook(TalentHeaders,
            ["导入甲", null, "博士", "材料科学", "导入测试大学", "俄罗斯", "已见面", "jia@example.org", "是", "2036-03-01"],
            [null, "Ivan Petrov", "硕士", "Physics", "导入测试大学", "RU", "", null, "否", null]);

        var checkedFirst = await Ledgers.Run(admin, "talents", file);
        checkedFirst.Count("added").Should().Be(2);
        var imported = await Ledgers.Confirm(admin, checkedFirst.Id(), "allOrNothing");
        (imported.GetProperty("written").GetBoolean(), imported.Count("added")).Should().Be((true, 2));
        (await Total(admin, "/api/talent/talents?q=导入测试大学")).Should().Be(2);

        var again = await Ledgers.Run(admin, "talents", file, mode: "eachRow");
        (again.Count("unchanged"), again.Count("added"), again.Count("updated")).Should().Be((2, 0, 0));

        var changed = Ledgers.Workbook(TalentHeaders,
            ["导入甲", null, "博士", "新材料", "导入测试大学", "俄罗斯", "联系中", "jia@example.org", "是", "2036-03-01"],
            [null, "Ivan Petrov", "硕士", "Physics", "导入测试大学", "RU", "", null, "否", null]);
        var updated = await Ledgers.Run(admin, "talents", changed, mode: "eachRow");
        (updated.Count("updated"), updated.Count("unchanged"), updated.Count("added")).Should().Be((1, 1, 0));
        var jia = await Single(admin, "/api/talent/talents?q=导入甲");
        (jia.GetProperty("field").GetString(), jia.GetProperty("status").GetString()).Should().Be(("新材料", "inContact"));

        // The same contact is the same person, whatever the name now reads.
        var renamed = Ledgers.Workbook(TalentHeaders,
            ["导入甲一", null, "博士", "新材料", "导入测试大学", "俄罗斯", "联系中", "jia@example.org", "是", "2036-03-01"]);
        (await Ledgers.Run(admin, "talents", renamed, mode: "eachRow")).Count("updated").Should().Be(1);
        (await Total(admin, "/api/talent/talents?q=导入测试大学")).Should().Be(2, "no row added a second record of a known talent");
        (await Single(admin, "/api/talent/talents?q=导入甲")).GetProperty("nameZh").GetString().Should().Be("导入甲一");
    }

    [Fact]
    public async Task The_exported_talents_and_letters_lists_import_back_with_every_row_unchanged()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var salon = await (await admin.PostAsJsonAsync("/api/talent/events", TalentRequests.Event())).ShouldBe(HttpStatusCode.Created);
        var met = TalentRequests.Talent(name: "往返甲", contact: "fan@example.org");
        met["institution"] = "往返测试大学";
        met["metAtEventId"] = salon.Id();
        met["howMet"] = "沙龙现场交流";
        met["notes"] = "关注新能源方向";
        await (await admin.PostAsJsonAsync("/api/talent/talents", met)).ShouldBe(HttpStatusCode.Created);
        // Kept without consent, the contact leaves the export empty and must survive the way back.
        var withheld = TalentRequests.Talent(name: "往返乙", contact: "private@example.org");
        (withheld["institution"], withheld["consentToContact"], withheld["consentRecordedOn"]) = ("往返测试大学", false, null);
        var hidden = await (await admin.PostAsJsonAsync("/api/talent/talents", withheld)).ShouldBe(HttpStatusCode.Created);
        var foreign = TalentRequests.Talent(name: "往返丙");
        (foreign["nameForeign"], foreign["institution"], foreign["degree"]) = ("Anna Ivanova", "往返测试大学", "master");
        var signing = await (await admin.PostAsJsonAsync("/api/talent/talents", foreign)).ShouldBe(HttpStatusCode.Created);
        var letter = TalentRequests.Letter();
        letter["signedOn"] = "2036-05-01";
        await (await admin.PostAsJsonAsync($"/api/talent/talents/{signing.Id()}/letter", letter)).ShouldBe(HttpStatusCode.Created);

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var talents = await Exported(admin, $"/talent/talents?handler=Export&q=往返测试大学&culture={culture}");
            var talentsBack = await Ledgers.Run(admin, "talents", talents);
            (talentsBack.Count("unchanged"), talentsBack.Count("refused"), talentsBack.Count("rows")).Should().Be((3, 0, 3), culture);

            var letters = await Exported(admin, $"/talent/letters?handler=Export&year=2036&culture={culture}");
            var lettersBack = await Ledgers.Run(admin, "talent-letters", letters);
            (lettersBack.Count("unchanged"), lettersBack.Count("refused"), lettersBack.Count("rows")).Should().Be((1, 0, 1), culture);
        }
        var kept = await (await admin.GetAsync($"/api/talent/talents/{hidden.Id()}")).ShouldBe(HttpStatusCode.OK);
        kept.GetProperty("contact").GetString().Should().Be("private@example.org");
    }

    [Fact]
    public async Task Imported_letters_count_on_the_scorecard_as_hand_entered_ones_and_a_second_letter_is_refused()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var byHand = await Record(admin, "手录博士", "计分测试大学");
        await (await admin.PostAsJsonAsync($"/api/talent/talents/{byHand.Id()}/letter", new { employerName = "中山大学中山研究院", town = "翠亨新区", signedOn = "2037-03-01" }))
            .ShouldBe(HttpStatusCode.Created);
        var talents = Ledgers.Workbook(TalentHeaders,
            ["导入博士", null, "博士", "材料科学", "计分测试大学", "俄罗斯", null, null, "否", null],
            ["导入硕士", null, "硕士", "计算机", "计分测试大学", "英国", null, null, "否", null]);
        (await Ledgers.Run(admin, "talents", talents, mode: "eachRow")).Count("added").Should().Be(2);

        var letters = Ledgers.Workbook(LetterHeaders,
            ["导入博士", "计分测试大学", "博士", "中山市翠亨新区科技企业", "翠亨新区", "2037-04-01"],
            ["导入硕士", null, null, "中山市侨资企业", "石岐", "2037-04-02"]);
        var signed = await Ledgers.Run(admin, "talent-letters", letters, mode: "eachRow");

        signed.Count("added").Should().Be(2);
        var figures = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2037"),
            f => f["talent.letters-of-intent"] == 3);
        (figures["talent.phd-letters"], figures["talent.master-letters"]).Should().Be((2m, 1m), "one PhD letter by hand, one imported, and the Master's");
        (await Single(admin, "/api/talent/talents?q=导入博士")).GetProperty("status").GetString().Should().Be("intentSigned");

        (await Ledgers.Run(admin, "talent-letters", letters, mode: "eachRow")).Count("unchanged").Should().Be(2);
        var second = Ledgers.Workbook(LetterHeaders, ["导入博士", "计分测试大学", "博士", "另一家单位", "石岐", "2037-06-01"]);
        var refused = await Ledgers.Run(admin, "talent-letters", second, mode: "eachRow");
        refused.Count("refused").Should().Be(1);
        (await Ledgers.Report(admin, refused.Id()))[2].Problems.Should().ContainSingle().Which.Should().StartWith("name:", "a talent holds one active letter");
    }

    private static async Task<JsonElement> Record(HttpClient client, string name, string institution)
    {
        var body = TalentRequests.Talent(name: name);
        body["institution"] = institution;
        return await (await client.PostAsJsonAsync("/api/talent/talents", body)).ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<byte[]> Exported(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<int> Total(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private static async Task<JsonElement> Single(HttpClient client, string url)
    {
        var list = await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().Should().Be(1, url);
        return list.GetProperty("items")[0];
    }
}
