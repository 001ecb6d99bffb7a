using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Platform.AuditCoverage;

namespace Federation.IntegrationTests.Modules;

/// <summary>The drop-in work line names its audited fields through the kernel's contract, with nothing in the platform for it.</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInAuditTests
{
    [Fact]
    public async Task A_corrected_case_of_the_dropped_in_work_line_reads_by_its_own_field_names_in_both_languages()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var body = new Dictionary<string, object?>
        {
            ["complainantName"] = "陈侨眷", ["complainantKind"] = "returnedOverseasChinese", ["category"] = "property",
            ["matter"] = "侨房租金被拖欠", ["town"] = "石岐", ["receivedOn"] = "2022-05-10",
        };
        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", body)).ShouldBe(HttpStatusCode.Created);
        body["complainantName"] = "陈美玲";
        body["version"] = 1;
        await (await admin.PutAsJsonAsync($"/api/rights/cases/{received.Id()}", body)).ShouldBe(HttpStatusCode.OK);

        var query = $"/api/admin/audit?module=RightsProtection&entityType=RightsCase&entityId={received.Id()}";
        var zh = (await Eventually.Within(TimeSpan.FromSeconds(30), async () => await (await admin.GetAsync(query)).ShouldBe(HttpStatusCode.OK),
            b => b.GetProperty("total").GetInt32() >= 2)).GetProperty("items");
        var en = (await (await admin.GetAsync(query + "&culture=en")).ShouldBe(HttpStatusCode.OK)).GetProperty("items");

        Lines(Modified(zh)).Should().Equal("投诉人: 陈侨眷 → 陈美玲");
        Lines(Modified(en)).Should().Equal("Complainant: 陈侨眷 → 陈美玲");
        Lines(Added(zh)).Should().Contain(["投诉人身份: 归侨", "类别: 房产", "状态: 已登记", "登记日期: 2022-05-10"]);
        Modified(zh).GetProperty("recordType").GetString().Should().Be("维权个案");
        Modified(en).GetProperty("recordType").GetString().Should().Be("Rights case");
        foreach (var entry in zh.EnumerateArray()) ShouldRead(entry, chinese: true);
        foreach (var entry in en.EnumerateArray()) ShouldRead(entry, chinese: false);
    }

    [Fact]
    public void Every_audited_field_of_the_dropped_in_work_line_has_a_name_and_every_choice_a_label()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);

        var (gaps, modules) = Check(factory.Services);

        modules.Should().Contain("RightsProtection", "the dropped-in store is among those checked");
        gaps.Should().BeEmpty();
    }

    private static JsonElement Added(JsonElement items) => items.EnumerateArray().First(e => e.GetProperty("action").GetString() == "Added");

    private static JsonElement Modified(JsonElement items) => items.EnumerateArray().First(e => e.GetProperty("action").GetString() == "Modified");
}
