using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Modules;

/// <summary>
/// A work line that writes no audit vocabulary (the sample drop-in) still has its audit log read
/// in the reader's language: fields as its pages call them, choices by their texts, what users
/// typed as typed.
/// </summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInAuditTests
{
    [Fact]
    public async Task A_new_rights_case_reads_by_the_modules_own_texts_in_both_languages()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var federation = await TestFederation.Create(factory);
        var received = await (await federation.Admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "甲侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "祖屋被占用",
            town = "石岐", receivedOn = "2023-03-08",
        })).ShouldBe(HttpStatusCode.Created);
        var url = $"/api/admin/audit?module=RightsProtection&entityId={received.Id()}";

        var zh = await Added(federation.Admin, url);
        Lines(zh).Should().Contain(["事项类别: 房产", "身份: 归侨", "受理登记日期: 2023-03-08", "求助人: 甲侨眷", "状态: 已登记", "求助事项: 祖屋被占用"]);

        var en = await Added(federation.Admin, url + "&culture=en");
        Lines(en).Should().Contain(["Category: Property", "Complainant is: Returned overseas Chinese", "Received on: 2023-03-08",
            "Complainant: 甲侨眷", "Status: Received"]);
        Lines(en).Should().NotContain(line => line.StartsWith("ComplainantKind") || line.StartsWith("ReceivedOn"),
            "no field is left under its property name");
    }

    private static async Task<JsonElement> Added(HttpClient client, string url)
    {
        var body = await Eventually.Within(TimeSpan.FromSeconds(10), async () => await (await client.GetAsync(url)).Body(),
            b => b.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("action").GetString() == "Added"));
        return body.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "Added");
    }

    private static List<string> Lines(JsonElement entry) => entry.GetProperty("changed").EnumerateArray()
        .Select(c => $"{c.GetProperty("name").GetString()}: {c.GetProperty("to").GetString()}").ToList();
}
