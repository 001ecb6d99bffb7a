using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Platform.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Calendar;

/// <summary>
/// The calendar gathers what every work line has dated, the sample drop-in included, and shows
/// each viewer only what they could open: their permissions and their organisation's subtree.
/// </summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class CalendarTests
{
    private const string March = "from=2023-03-01&to=2023-03-31";

    [Fact]
    public async Task The_calendar_shows_the_entries_of_every_work_line_and_the_dropped_in_one_within_the_range()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var federation = await TestFederation.Create(factory);
        var titles = await Dated(federation, federation.BranchA, "甲");

        var calendar = await (await federation.Admin.GetAsync($"/api/calendar?{March}")).ShouldBe(HttpStatusCode.OK);
        var entries = Entries(calendar);
        entries.Select(e => e.Module).Distinct().Should().BeEquivalentTo(["Investment", "Talent", "Enterprises", "Trade", "RightsProtection"]);
        entries.Select(e => e.Title).Should().Contain(titles);
        entries.Should().Contain(e => e.Kind == "due" && e.Title == "跟进项目：甲日历项目" && e.StartsOn == "2023-03-15");
        entries.Should().Contain(e => e.Kind == "visit" && e.Module == "RightsProtection" && e.Title == "接待维权来访：甲侨眷" && e.Link.StartsWith("/rights/cases/"));
        entries.Should().Contain(e => e.Kind == "deadline" && e.Title == "服务行动截止：甲服务行动");

        var april = Entries(await (await federation.Admin.GetAsync("/api/calendar?from=2023-04-01&to=2023-04-30")).ShouldBe(HttpStatusCode.OK));
        april.Select(e => e.Title).Should().NotContain(titles, "nothing of March is dated in April");

        var english = Entries(await (await federation.Admin.GetAsync($"/api/calendar?{March}&module=rightsProtection&culture=en")).ShouldBe(HttpStatusCode.OK));
        english.Should().OnlyContain(e => e.Module == "RightsProtection");
        english.Should().Contain(e => e.Title == "Rights case received: 甲侨眷");
    }

    [Fact]
    public async Task A_branch_sees_its_own_entries_never_another_branchs_or_the_citys_and_the_filters_narrow_them()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var own = await Dated(federation, federation.BranchA, "甲");
        var other = await Dated(federation, federation.BranchB, "乙");
        var city = await Dated(federation, federation.Root, "市");

        var branchStaff = await federation.User(federation.BranchA, "branch-staff");
        var seen = Entries(await (await branchStaff.GetAsync($"/api/calendar?{March}")).ShouldBe(HttpStatusCode.OK)).Select(e => e.Title).ToList();
        seen.Should().Contain(own).And.NotContain(other).And.NotContain(city);
        var asked = Entries(await (await branchStaff.GetAsync($"/api/calendar?{March}&organisationId={federation.BranchB}")).ShouldBe(HttpStatusCode.OK));
        asked.Should().BeEmpty("naming another branch does not show its entries");

        var leader = await federation.User(federation.Root, "leadership");
        Entries(await (await leader.GetAsync($"/api/calendar?{March}")).ShouldBe(HttpStatusCode.OK)).Select(e => e.Title)
            .Should().Contain(own).And.Contain(other).And.Contain(city);
        var onlyB = Entries(await (await leader.GetAsync($"/api/calendar?{March}&organisationId={federation.BranchB}&module=trade")).ShouldBe(HttpStatusCode.OK));
        onlyB.Should().OnlyContain(e => e.Module == "Trade" && e.OrganisationId == federation.BranchB).And.NotBeEmpty();
    }

    [Fact]
    public async Task An_entry_is_left_out_for_a_viewer_without_its_read_permission()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var titles = await Dated(federation, federation.BranchA, "甲");
        using var scope = factory.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<CalendarQuery>();

        var items = await query.For(new Viewer(new HashSet<string> { "investment.read" }, federation.BranchA), new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), null, null, CancellationToken.None);

        items.Should().NotBeEmpty().And.OnlyContain(i => i.Module == "Investment");
        items.Select(i => i.Title.Zh).Should().Contain("甲招商大会").And.NotContain("甲人才沙龙");
        titles.Should().Contain("甲人才沙龙");
    }

    /// <summary>One dated record in each work line for <paramref name="organisation"/>, in March 2023; answers the titles the calendar shows.</summary>
    internal static async Task<string[]> Dated(TestFederation federation, Guid organisation, string prefix)
    {
        var admin = federation.Admin;
        var investmentEvent = InvestmentRequests.Event(organisation);
        investmentEvent["title"] = $"{prefix}招商大会";
        investmentEvent["startDate"] = "2023-03-10";
        investmentEvent["endDate"] = "2023-03-11";
        await EnterpriseRequests.Created(admin, "/api/investment/events", investmentEvent);

        var project = InvestmentRequests.Project(organisation);
        project["name"] = $"{prefix}日历项目";
        var created = await EnterpriseRequests.Created(admin, "/api/investment/projects", project);
        await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2023-03-01", note = "电话沟通", nextStep = "上门拜访", nextStepDue = "2023-03-15" })).ShouldBe(HttpStatusCode.OK);

        var talentEvent = TalentRequests.Event(organisation);
        talentEvent["title"] = $"{prefix}人才沙龙";
        talentEvent["startDate"] = "2023-03-12";
        talentEvent["endDate"] = "2023-03-12";
        await EnterpriseRequests.Created(admin, "/api/talent/events", talentEvent);

        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation, name: $"{prefix}日历侨企{EnterpriseRequests.Unique()}"));
        await EnterpriseRequests.Created(admin, "/api/enterprises/visits", EnterpriseRequests.Visit(enterprise.Id(), "2023-03-05", organisation));
        var campaign = EnterpriseRequests.Campaign(organisation, "2023-03-01", "2023-03-31");
        campaign["name"] = $"{prefix}服务行动";
        await EnterpriseRequests.Created(admin, "/api/enterprises/campaigns", campaign);

        var tour = TradeRequests.Tour(organisation, "2023-03-18");
        tour["title"] = $"{prefix}华商行";
        await EnterpriseRequests.Created(admin, TradeRequests.Tours, tour);

        var titles = new List<string> { $"{prefix}招商大会", $"跟进项目：{prefix}日历项目", $"{prefix}人才沙龙", $"服务行动截止：{prefix}服务行动", $"{prefix}华商行" };
        if ((await admin.GetAsync("/api/rights/cases")).StatusCode == HttpStatusCode.OK)
        {
            await (await admin.PostAsJsonAsync("/api/rights/cases", new
            {
                complainantName = $"{prefix}侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "祖屋被占用",
                town = "石岐", receivedOn = "2023-03-08", organisationId = organisation,
            })).ShouldBe(HttpStatusCode.Created);
            titles.Add($"接待维权来访：{prefix}侨眷");
        }
        return [.. titles];
    }

    internal sealed record Entry(string Key, string Module, string Kind, string Title, string StartsOn, string EndsOn, string Link, Guid OrganisationId);

    internal static List<Entry> Entries(JsonElement calendar) => calendar.GetProperty("entries").EnumerateArray().Select(e => new Entry(
        e.GetProperty("key").GetString()!, e.GetProperty("module").GetString()!, e.GetProperty("kind").GetString()!,
        e.GetProperty("title").GetString()!, e.GetProperty("startsOn").GetString()!, e.GetProperty("endsOn").GetString()!,
        e.GetProperty("link").GetString()!, e.GetProperty("organisationId").GetGuid())).ToList();

    /// <summary>A viewer holding only the given permissions, in one organisation: no role gives fewer than every read.</summary>
    private sealed class Viewer(IReadOnlySet<string> permissions, Guid organisation) : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();
        public string UserName => "calendar-viewer";
        public bool IsAuthenticated => true;
        public Guid? OrganisationId => organisation;
        public bool HasPermission(string permission) => permissions.Contains(permission);
        public bool CanAccess(Guid organisationId) => organisationId == organisation;
        public IReadOnlyCollection<Guid> VisibleOrganisationIds => [organisation];
        public bool SeesEverything => false;
    }
}
