using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Workspace;

/// <summary>A dropped-in work line's due items reach the home page of the staff who act on them, with no change to the platform.</summary>
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
}
