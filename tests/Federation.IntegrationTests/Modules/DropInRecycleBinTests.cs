using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Modules;

/// <summary>The drop-in work line's deleted cases go to the platform's recycle bin like the work lines' own records, with nothing in the platform for them.</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInRecycleBinTests
{
    [Fact]
    public async Task A_deleted_case_of_the_dropped_in_work_line_is_restored_from_the_bin_with_its_scorecard_figure()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "陈侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "侨房租金被拖欠",
            town = "石岐", receivedOn = "2022-05-10",
        })).ShouldBe(HttpStatusCode.Created);
        await Received(admin, 1);

        await (await admin.DeleteAsync($"/api/rights/cases/{received.Id()}?version=1")).ShouldBe(HttpStatusCode.NoContent);
        await Received(admin, 0);
        (await admin.GetAsync($"/api/rights/cases/{received.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bin = await Eventually.Within(TimeSpan.FromSeconds(30),
            async () => (await (await admin.GetAsync("/api/admin/recycle-bin?module=RightsProtection")).ShouldBe(HttpStatusCode.OK)).GetProperty("items"),
            items => items.GetArrayLength() == 1);
        var recycled = bin[0];
        recycled.GetProperty("kind").GetString().Should().Be("维权个案");
        recycled.GetProperty("moduleTitle").GetString().Should().Be("侨益维权");

        await (await admin.PostAsync($"/api/admin/recycle-bin/{recycled.Id()}/restore", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/rights/cases/{received.Id()}")).ShouldBe(HttpStatusCode.OK);
        await Received(admin, 1);
    }

    private static Task Received(HttpClient admin, decimal expected) =>
        Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2022"),
            k => k.GetValueOrDefault("rights.cases-received") == expected);
}
