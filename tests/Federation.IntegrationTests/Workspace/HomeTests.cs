using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Imports;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Workspace;

/// <summary>
/// Each role starts its day on a home page that holds its own work and nothing outside its scope:
/// a clerk's named follow-ups, a department's unnamed items, the leadership's overdue ones and
/// headline figures, a branch's own figures, and the user's waiting imports and unread notices.
/// </summary>
public sealed class HomeTests
{
    [Fact]
    public async Task Each_role_sees_its_own_work_routed_as_reminders_are_and_nothing_of_another_organisation()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2035, 6, 10, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var chen = await User(federation, federation.Root, "陈明", "investment-staff");
        var li = await User(federation, federation.Root, "李华", "investment-staff");
        var branchClerk = await User(federation, federation.BranchA, "石岐招商干事", "investment-staff");
        var enterpriseClerk = await User(federation, federation.Root, "侨企干事", "enterprises-staff");
        var leader = await User(federation, federation.Root, "黄文静", "leadership");

        var named = await Project(federation, federation.Root, "陈明跟进的项目", "陈明", nextStepDue: "2035-06-15");
        var branch = await Project(federation, federation.BranchA, "石岐逾期项目", null, nextStepDue: "2035-06-08");
        await Project(federation, federation.Root, "下月才跟进的项目", "陈明", nextStepDue: "2035-07-30");
        var enterprise = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(federation.Root));
        var concern = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/concerns",
            EnterpriseRequests.Concern(enterprise.Id(), raisedOn: "2035-06-01", organisationId: federation.Root));

        var chensHome = await Home(chen);
        Keys(chensHome, "mine").Should().Equal($"inv:project:{named}:follow-up");
        Keys(chensHome, "department").Should().BeEmpty("the branch has its own investment staff, and the named project is Chen's");
        chensHome.GetProperty("figures").ValueKind.Should().Be(JsonValueKind.Null, "a clerk is not shown the leadership's figures");
        var item = chensHome.GetProperty("mine")[0];
        item.GetProperty("link").GetString().Should().Be($"/investment/projects/{named}");
        item.GetProperty("module").GetString().Should().Be("招商引资");
        item.GetProperty("overdue").GetBoolean().Should().BeFalse();

        var lisHome = await Home(li);
        Keys(lisHome, "mine").Should().BeEmpty("the project names Chen");
        Keys(lisHome, "department").Should().BeEmpty();

        var branchHome = await Home(branchClerk);
        Keys(branchHome, "department").Should().Equal($"inv:project:{branch}:follow-up");
        branchHome.GetProperty("department")[0].GetProperty("overdue").GetBoolean().Should().BeTrue();
        Keys(branchHome, "mine").Should().BeEmpty("the city's projects are outside the branch");

        Keys(await Home(enterpriseClerk), "department").Should().Equal($"ent:concern:{concern.Id()}:due");

        var leadersHome = await Home(leader);
        Keys(leadersHome, "overdue").Should().Equal([$"inv:project:{branch}:follow-up"],
            "the branch has no leadership of its own, so its overdue follow-up escalates to the city's");
        Keys(leadersHome, "mine").Should().BeEmpty();
    }

    [Fact]
    public async Task A_leader_sees_the_years_headline_figures_against_the_programme_target_and_a_branch_officer_sees_the_branchs_own()
    {
        var clock = MovableClock.AtChinaTime(new DateTime(2036, 7, 1, 9, 0, 0));
        using var factory = new FederationFactory().WithClock(clock);
        var federation = await TestFederation.Create(factory);
        var leader = await User(federation, federation.Root, "市侨联领导", "leadership");
        var branchOfficer = await User(federation, federation.BranchA, "石岐侨联干事", "branch-staff");
        var programme = ScorecardRequests.Programme(federation.Root, signedAmountTarget: 2_000_000_000m);
        programme["startsOn"] = "2036-01-01";
        programme["endsOn"] = "2036-12-31";
        await (await federation.Admin.PostAsJsonAsync("/api/scorecard/programmes", programme)).ShouldBe(HttpStatusCode.Created);

        await SignedProject(federation, federation.Root, 500_000_000m, "2036-03-01");
        await SignedProject(federation, federation.BranchA, 300_000_000m, "2036-05-20");
        await SignedProject(federation, federation.Root, 100_000_000m, "2035-04-01");

        var home = await Eventually.Within(TimeSpan.FromSeconds(30), () => Home(leader),
            h => Figure(h, "investment.signed-amount") is { } f && f.GetProperty("value").GetProperty("value").GetDecimal() == 800_000_000m
                && f.GetProperty("lastYear").GetDecimal() == 100_000_000m);
        var amount = Figure(home, "investment.signed-amount")!.Value;
        amount.GetProperty("lastYear").GetDecimal().Should().Be(100_000_000m, "the same days of last year are the trend's base");
        amount.GetProperty("months").EnumerateArray().Select(m => m.GetDecimal()).Should()
            .Equal(0m, 0m, 500_000_000m, 0m, 300_000_000m, 0m, 0m);
        amount.GetProperty("programme").GetString().Should().Be("侨联助力高质量发展十大行动方案");
        amount.GetProperty("target").GetDecimal().Should().BeInRange(0.49m * 2_000_000_000m, 0.50m * 2_000_000_000m,
            "a yearly target is shared out by the days gone: half the year by 1 July");
        Figure(home, "talent.phd-letters").Should().NotBeNull("KPIs marked as headline show even at zero");

        var branchHome = await Eventually.Within(TimeSpan.FromSeconds(30), () => Home(branchOfficer),
            h => Figure(h, "investment.signed-amount") is { } f && f.GetProperty("value").GetProperty("value").GetDecimal() > 0);
        Figure(branchHome, "investment.signed-amount")!.Value.GetProperty("value").GetProperty("value").GetDecimal()
            .Should().Be(300_000_000m, "a branch officer sees the branch's own figures");

        var page = await (await PageClient.SignedIn(factory, leader.UserName, TestFederation.Password)).Get("/");
        page.All("home-figure").Select(f => f.GetAttribute("data-kpi")).Should().Contain("investment.signed-amount");
        page.Document.QuerySelector("[data-kpi='investment.signed-amount'] [data-testid='home-figure-value']")!.TextContent.Trim().Should().Be("8亿元");
        page.Document.QuerySelector("[data-kpi='investment.signed-amount'] [data-testid='home-figure-trend']")!.TextContent.Should().Contain("较去年同期 +700%");
    }

    [Fact]
    public async Task A_dry_run_waits_on_its_uploaders_home_until_it_is_imported_and_the_page_reads_in_either_language()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var clerk = await User(federation, federation.Root, "导入干事", "investment-staff");
        var other = await User(federation, federation.Root, "另一干事", "investment-staff");
        string[] headers = ["项目名称", "投资方", "投资方国家/地区", "行业", "金额（元）", "金额（万元）", "落地镇街", "阶段", "阶段日期"];
        var dryRun = await Ledgers.Run(clerk.Client, "investment-projects",
            Ledgers.Workbook(headers, ["首页导入项目", "某集团", "", "电子信息", 30_000_000m, null, "石岐", "签约", "2023-02-01"]), fileName: "台账.xlsx");

        var waiting = (await Home(clerk)).GetProperty("imports");
        waiting.EnumerateArray().Select(i => i.GetProperty("link").GetString()).Should().Equal($"/imports/{dryRun.Id()}");
        waiting[0].GetProperty("fileName").GetString().Should().Be("台账.xlsx");
        (await Home(other)).GetProperty("imports").GetArrayLength().Should().Be(0, "another user's upload is theirs");

        await Ledgers.Finished(clerk.Client, (await Ledgers.Confirm(clerk.Client, dryRun.Id(), "eachRow")).Id());
        (await Home(clerk)).GetProperty("imports").GetArrayLength().Should().Be(0, "an imported dry run no longer waits");

        var browser = await PageClient.SignedIn(factory, clerk.UserName, TestFederation.Password);
        var page = await browser.Get("/");
        page.TestId("home-greeting").TextContent.Should().Contain("导入干事");
        page.TestId("home-mine").TextContent.Should().Contain("没有指派给您的待办事项");
        page.TestId("home-imports").TextContent.Should().Contain("没有等待确认的导入");
        page.Text.Should().NotContainAny("My work", "Unread notices");
        var english = await browser.Submit(page.Document, "form[action='/language']");
        english.Path.Should().Be("/");
        english.TestId("home-mine").TextContent.Should().Contain("Nothing is assigned to you");
        english.TestId("home-notices").TextContent.Should().Contain("No unread notices");
    }

    internal sealed record SignedInUser(HttpClient Client, string UserName);

    private static async Task<SignedInUser> User(TestFederation federation, Guid organisation, string displayName, params string[] roles)
    {
        var userName = $"h{Guid.NewGuid():N}"[..20];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName, password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return new SignedInUser(await federation.Factory.SignedIn(userName, TestFederation.Password), userName);
    }

    private static async Task<Guid> Project(TestFederation federation, Guid organisation, string name, string? responsible, string nextStepDue)
    {
        var project = InvestmentRequests.Project(organisation, stage: "negotiating");
        project["name"] = name;
        project["responsibleStaff"] = responsible;
        project["stageDate"] = "2035-05-01";
        var created = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
        await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2035-06-01", note = "电话沟通", nextStep = "上门拜访", nextStepDue })).ShouldBe(HttpStatusCode.OK);
        return created.Id();
    }

    private static async Task SignedProject(TestFederation federation, Guid organisation, decimal amount, string on)
    {
        var project = InvestmentRequests.Project(organisation);
        project["name"] = $"签约项目{Guid.NewGuid():N}"[..12];
        project["amountYuan"] = amount;
        project["stageDate"] = on;
        await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> Home(SignedInUser user) =>
        await (await user.Client.GetAsync("/api/home")).ShouldBe(HttpStatusCode.OK);

    private static IEnumerable<string> Keys(JsonElement home, string list) =>
        home.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("key").GetString()!);

    private static JsonElement? Figure(JsonElement home, string key) =>
        home.GetProperty("figures") is { ValueKind: JsonValueKind.Array } figures
            ? figures.EnumerateArray().Where(f => f.GetProperty("key").GetString() == key).Select(f => (JsonElement?)f).FirstOrDefault()
            : null;
}
