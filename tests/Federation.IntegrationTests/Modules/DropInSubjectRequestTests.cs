using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Modules;

/// <summary>The drop-in work line's complainants take part in a person's export and erasure through the kernel's contract, with nothing in the platform for them (ADR 0032).</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInSubjectRequestTests
{
    [Fact]
    public async Task A_complainant_of_the_dropped_in_work_line_is_found_exported_and_erased_with_the_case_count_unchanged()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var name = $"维权甲{EnterpriseRequests.Unique()}";
        var contact = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = name, complainantKind = "returnedOverseasChinese", category = "property", matter = $"{name}的侨房租金被拖欠",
            town = "石岐", receivedOn = "2022-05-10", contact, contactConsent = true,
        })).ShouldBe(HttpStatusCode.Created);
        await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2022"),
            k => k.GetValueOrDefault("rights.cases-received") == 1);

        var found = (await (await admin.GetAsync($"/api/admin/personal-data/people?q={Uri.EscapeDataString(contact)}")).ShouldBe(HttpStatusCode.OK))
            .EnumerateArray().ToList();
        found.Should().ContainSingle().Which.GetProperty("module").GetString().Should().Be("RightsProtection");
        var record = found[0].GetProperty("record").GetString();
        var export = await admin.PostAsJsonAsync("/api/admin/personal-data/exports", new { records = new[] { record }, reason = "本人申请查阅" });
        (await export.Content.ReadAsStringAsync()).Should().Contain(contact).And.Contain(name);

        await (await admin.PostAsJsonAsync("/api/admin/personal-data/erasures", new { record, reason = "本人申请删除", confirm = true })).ShouldBe(HttpStatusCode.OK);

        var erased = await (await admin.GetAsync($"/api/rights/cases/{received.Id()}")).ShouldBe(HttpStatusCode.OK);
        erased.GetProperty("complainantName").GetString().Should().StartWith("已删除的人员 #");
        erased.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);
        erased.GetProperty("matter").GetString().Should().NotContain(name).And.Contain("侨房租金被拖欠");
        (await ScorecardRequests.Kpis(admin, "/api/scorecard/2022"))["rights.cases-received"].Should().Be(1);
        (await (await admin.GetAsync("/api/admin/personal-data/erasures")).ShouldBe(HttpStatusCode.OK)).GetProperty("items")[0]
            .GetProperty("module").GetString().Should().Be("RightsProtection");
    }
}
