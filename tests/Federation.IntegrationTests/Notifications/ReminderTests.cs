using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Federation.Platform.Notifications;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Federation.IntegrationTests.Notifications;

/// <summary>Due dates reach the right people ahead of time and escalate when missed, once each, on a clock the test moves.</summary>
public sealed class ReminderTests
{
    [Fact]
    public async Task A_follow_up_reminds_its_responsible_three_days_ahead_then_escalates_to_the_leadership_once_overdue_and_nothing_is_sent_twice()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2030, 3, 1, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (_, chenName) = await User(federation, federation.Root, "陈明", "investment-staff");
        var (_, li) = await User(federation, federation.Root, "李华", "investment-staff");
        var (_, leader) = await User(federation, federation.Root, "黄文静", "leadership");
        var project = InvestmentRequests.Project(federation.Root);
        project["name"] = "提醒测试项目";
        project["responsibleStaff"] = "陈明";
        var created = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
        await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2030-03-01", note = "电话沟通用地需求", nextStep = "陪同踏勘地块", nextStepDue = "2030-03-10" })).ShouldBe(HttpStatusCode.OK);

        (await Sweep(factory)).Should().Be(0, "ten days ahead is too early");

        clock.Set(new DateTime(2030, 3, 7, 9, 0, 0));
        (await Sweep(factory)).Should().Be(1);
        (await Sweep(factory)).Should().Be(0, "a second round the same day sends nothing");
        (await new ReminderSweep(factory.Services.GetRequiredService<ILifetimeScope>(), clock, NullLogger<ReminderSweep>.Instance)
            .Run(CancellationToken.None)).Should().Be(0, "after a restart the stored notices still count");
        var reminded = await Notices(factory, chenName);
        reminded.Should().ContainSingle().Which.Should().Be(("reminder", "项目“提醒测试项目”应于 2030-03-10 跟进。"));

        clock.Set(new DateTime(2030, 3, 11, 9, 0, 0));
        (await Sweep(factory)).Should().Be(2, "the responsible hears it is overdue and the leadership is told");
        (await Sweep(factory)).Should().Be(0);
        (await Notices(factory, chenName)).Select(n => n.Kind).Should().BeEquivalentTo(["reminder", "overdue"]);
        (await Notices(factory, leader)).Should().ContainSingle().Which.Kind.Should().Be("escalation");
        (await Notices(factory, li)).Should().BeEmpty("the project names its own responsible");
        (await Notices(factory, "admin", FederationFactory.AdminPassword)).Should().BeEmpty("administrators are not a department");
    }

    [Fact]
    public async Task A_concern_without_a_named_person_reminds_its_branchs_staff_and_escalates_to_the_city_leadership_when_the_branch_has_none()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2031, 5, 1, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (_, branchStaff) = await User(federation, federation.BranchA, "石岐侨企干事", "enterprises-staff");
        var (_, cityStaff) = await User(federation, federation.Root, "市侨企干事", "enterprises-staff");
        var (_, cityLeader) = await User(federation, federation.Root, "市侨联领导", "leadership");
        var enterprise = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(federation.BranchA));
        await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/concerns",
            EnterpriseRequests.Concern(enterprise.Id(), raisedOn: "2031-04-20", dueOn: "2031-05-03", organisationId: federation.BranchA));

        (await Sweep(factory)).Should().Be(1);
        (await Notices(factory, branchStaff)).Should().ContainSingle().Which.Kind.Should().Be("reminder");
        (await Notices(factory, cityStaff)).Should().BeEmpty("the branch has its own enterprise staff");

        clock.Set(new DateTime(2031, 5, 4, 9, 0, 0));
        (await Sweep(factory)).Should().Be(2);
        (await Notices(factory, cityLeader)).Should().ContainSingle().Which.Kind.Should().Be("escalation");
    }

    [Fact]
    public async Task A_leader_hears_of_an_assigned_enterprise_not_yet_visited_two_weeks_before_the_campaign_ends_and_not_of_one_visited()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2032, 6, 10, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (leaderId, leaderName) = await UserWithId(federation, federation.Root, "林志远", "leadership", "enterprises-staff");
        var campaign = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/campaigns",
            EnterpriseRequests.Campaign(federation.Root, startsOn: "2032-01-01", endsOn: "2032-06-30", target: 2));
        var unvisited = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(federation.Root, name: "未走访侨企"));
        var visited = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(federation.Root, name: "已走访侨企"));
        var version = campaign.Version();
        foreach (var enterprise in new[] { unvisited, visited })
            version = (await (await federation.Admin.PostAsJsonAsync($"/api/enterprises/campaigns/{campaign.Id()}/assignments",
                new { enterpriseId = enterprise.Id(), leaderUserId = leaderId, version })).ShouldBe(HttpStatusCode.OK)).Version();
        await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/visits", EnterpriseRequests.Visit(visited.Id(), "2032-03-01", federation.Root));

        // The visit marks its assignment visited as the campaign hears of it; sweep once it has.
        var marked = await Eventually.Within(TimeSpan.FromSeconds(30),
            async () => await (await federation.Admin.GetAsync($"/api/enterprises/campaigns/{campaign.Id()}")).Body(),
            c => c.GetProperty("assignments").EnumerateArray().Any(a => a.GetProperty("visitedOn").ValueKind != JsonValueKind.Null));
        marked.GetProperty("assignments").EnumerateArray().Count(a => a.GetProperty("visitedOn").ValueKind != JsonValueKind.Null).Should().Be(1);

        (await Sweep(factory)).Should().Be(0, "three weeks before the end is too early");
        clock.Set(new DateTime(2032, 6, 17, 9, 0, 0));
        (await Sweep(factory)).Should().Be(1);
        var notices = await Notices(factory, leaderName);
        notices.Should().ContainSingle().Which.Title.Should().Contain("未走访侨企").And.Contain("2032-06-30");
    }

    [Fact]
    public async Task A_programme_behind_its_pace_is_reported_to_its_leadership_once_a_month_while_it_stays_behind()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2033, 3, 15, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (_, leader) = await User(federation, federation.Root, "郑国华", "leadership");
        await RootProgramme(federation, "2033-01-01", "2033-12-31");

        (await Sweep(factory)).Should().Be(2, "both counted targets (amount and projects) are at nothing by mid-March");
        (await Sweep(factory)).Should().Be(0);
        var notices = await Notices(factory, leader);
        notices.Should().HaveCount(2).And.Contain(n => n.Title.Contains("签约项目") && n.Title.Contains("落后于进度"));

        clock.Set(new DateTime(2033, 4, 15, 9, 0, 0));
        (await Sweep(factory)).Should().Be(2, "a new month while still behind is a new reminder");
    }

    [Fact]
    public async Task An_open_ended_programme_is_paced_on_the_running_year_so_its_first_weeks_stay_quiet()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2034, 1, 20, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (_, leader) = await User(federation, federation.Root, "郑国华", "leadership");
        await RootProgramme(federation, "2030-01-01", null);

        (await Sweep(factory)).Should().Be(0, "a yearly target applies to each year it runs, and a year's first weeks say little");
        clock.Set(new DateTime(2034, 3, 15, 9, 0, 0));
        (await Sweep(factory)).Should().Be(2, "both counted targets are at nothing by mid-March");
        (await Notices(factory, leader)).Should().HaveCount(2).And.Contain(n => n.Title.Contains("落后于进度") && n.Title.Contains("2034-03-15"));
    }

    [Fact]
    public async Task The_bell_shows_the_unread_count_and_opening_a_notice_marks_it_read_and_goes_to_its_record()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2034, 9, 1, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var (_, staff) = await User(federation, federation.Root, "钟敏", "investment-staff");
        var project = InvestmentRequests.Project(federation.Root);
        project["responsibleStaff"] = "钟敏";
        var created = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
        await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2034-09-01", note = "约见投资方", nextStep = "提交项目建议书", nextStepDue = "2034-09-02" })).ShouldBe(HttpStatusCode.OK);
        await Sweep(factory);

        var browser = await PageClient.SignedIn(factory, staff, TestFederation.Password);
        var home = await browser.Get("/");
        home.TestId("unread-badge").TextContent.Trim().Should().Be("1");
        var list = await browser.Get("/notifications");
        list.TestId("notification").TextContent.Should().Contain("提醒").And.Contain("2034-09-02");

        var opened = await browser.Submit(list.Document, "[data-testid='notification'] form");

        opened.Path.Should().Be($"/investment/projects/{created.Id()}");
        opened.Document.QuerySelector("[data-testid='unread-badge']").Should().BeNull();
    }

    /// <summary>The city federation's programme with targets on the amount and the number of projects signed.</summary>
    private static async Task RootProgramme(TestFederation federation, string startsOn, string? endsOn)
    {
        var programme = ScorecardRequests.Programme(federation.Root);
        programme["startsOn"] = startsOn;
        programme["endsOn"] = endsOn;
        await (await federation.Admin.PostAsJsonAsync("/api/scorecard/programmes", programme)).ShouldBe(HttpStatusCode.Created);
    }

    private static Task<int> Sweep(FederationFactory factory) =>
        factory.Services.GetRequiredService<ReminderSweep>().Run(CancellationToken.None);

    private static async Task<(HttpClient Client, string UserName)> User(TestFederation federation, Guid organisation, string displayName, params string[] roles)
    {
        var (_, userName) = await UserWithId(federation, organisation, displayName, roles);
        return (await federation.Factory.SignedIn(userName, TestFederation.Password), userName);
    }

    private static async Task<(Guid Id, string UserName)> UserWithId(TestFederation federation, Guid organisation, string displayName, params string[] roles)
    {
        var userName = $"r{Guid.NewGuid():N}"[..20];
        var created = await (await federation.Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName, password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return (created.GetProperty("user").Id(), userName);
    }

    private static async Task<List<(string Kind, string Title)>> Notices(FederationFactory factory, string userName, string password = TestFederation.Password)
    {
        var client = await factory.SignedIn(userName, password);
        var page = await (await client.GetAsync("/api/notifications?pageSize=100")).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray()
            .Select(n => (n.GetProperty("kind").GetString()!, n.GetProperty("title").GetString()!)).ToList();
    }
}
