using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Workspace;

/// <summary>A dropped-in work line takes part in the workspace with no change to the platform: its due items reach the home page, its records are discussed under their pages.</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInHomeTests
{
    [Fact]
    public async Task A_rights_case_near_its_deadline_is_on_the_home_of_the_rights_staff_and_of_no_one_else()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2037, 4, 28, 9, 0, 0));
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder).WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var rightsClerk = await federation.User(federation.Root, "rights-staff");
        var investmentClerk = await federation.User(federation.Root, "investment-staff");

        var received = await (await federation.Admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "陈侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "祖屋被占用",
            town = "石岐", receivedOn = "2037-03-30",
        })).ShouldBe(HttpStatusCode.Created);
        await (await federation.Admin.PostAsJsonAsync($"/api/rights/cases/{received.Id()}/status",
            new { status = "accepted", on = "2037-03-30", version = received.GetProperty("version").GetInt32() })).ShouldBe(HttpStatusCode.OK);

        var home = await (await rightsClerk.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK);
        var item = home.GetProperty("department").EnumerateArray().Should().ContainSingle().Subject;
        item.GetProperty("key").GetString().Should().Be($"rpc:case:{received.Id()}:resolve");
        item.GetProperty("link").GetString().Should().Be($"/rights/cases/{received.Id()}");
        item.GetProperty("module").GetString().Should().Be("侨益维权");
        item.GetProperty("title").GetString().Should().Contain("陈侨眷");

        var others = await (await investmentClerk.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK);
        others.GetProperty("department").GetArrayLength().Should().Be(0, "the case is the rights staff's to act on");
    }

    [Fact]
    public async Task A_rights_case_is_discussed_under_its_own_page_and_its_mention_reaches_the_rights_staff()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var federation = await TestFederation.Create(factory);
        var (rightsClerk, _) = await DiscussionTests.User(federation, federation.Root, "维权干事", "rights-staff");
        var received = await (await federation.Admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "黄侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "侨房被占用",
            town = "石岐", receivedOn = "2037-03-30",
        })).ShouldBe(HttpStatusCode.Created);
        var record = $"/api/records/RightsProtection/RightsCase/{received.Id()}";
        await DiscussionTests.Searchable(federation.Admin, record);

        await (await federation.Admin.PostAsJsonAsync($"{record}/comments", new { body = "@维权干事 请联系当事人" })).ShouldBe(HttpStatusCode.Created);
        var home = await (await rightsClerk.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK);
        home.GetProperty("notices")[0].GetProperty("link").GetString().Should().StartWith($"/rights/cases/{received.Id()}#comment-");

        var page = await (await PageClient.Admin(factory)).Get($"/rights/cases/{received.Id()}");
        page.TestId("discussion").GetAttribute("data-record-type").Should().Be("RightsCase");
        page.TestId("comment-body").TextContent.Should().Be("@维权干事 请联系当事人");
    }
}
