using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Search;

/// <summary>The sample work line built outside the solution takes part in search by implementing ISearchable, and nothing else.</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInSearchTests
{
    [Fact]
    public async Task A_case_of_the_dropped_in_work_line_is_found_by_a_chinese_word_of_its_matter()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "黄侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = $"祖屋拆迁补偿纠纷{tag}",
            town = "石岐", receivedOn = "2024-03-01",
        })).ShouldBe(HttpStatusCode.Created);
        var link = $"/rights/cases/{received.Id()}";

        var hits = await SearchHits.Finding(admin, $"拆迁补偿 {tag}", link);
        hits.Should().Contain(h => h.Module == "RightsProtection" && h.Kind == "维权个案" && h.Link == link);
        (await SearchHits.Of(admin, "拆迁补尝纠纷", module: "RightsProtection")).Should().Contain(h => h.Link == link, "one wrong character still finds it");
    }
}
