using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// A clerk starts the day on the home page, opens a follow-up from it and asks a leader about the
/// project in its discussion; the leader, reading in English, finds the mention on their own home
/// page with the year's figures; a branch officer's home holds nothing of the city's.
/// </summary>
[Trait("Category", "Browser")]
public sealed class WorkspaceHomeTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    internal const string Password = "Workspace-Passw0rd-1";

    [Fact]
    public async Task A_clerks_home_leads_to_the_record_and_a_mention_there_reaches_the_leaders_home_in_english()
    {
        var admin = await session.Factory.Admin();
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        var city = me.GetProperty("organisationId").GetGuid();
        var organisations = await (await admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var branch = organisations.EnumerateArray().First(o => o.GetProperty("parentId").ValueKind != System.Text.Json.JsonValueKind.Null).Id();
        await CreateUser(admin, "ws.clerk", "工作台干事", city, "investment-staff");
        await CreateUser(admin, "ws.leader", "工作台领导", city, "leadership");
        await CreateUser(admin, "ws.branch", "工作台镇街干事", branch, "branch-staff");
        // The branch's own project, followed by the branch officer, due tomorrow.
        var branchProject = await (await admin.PostAsJsonAsync("/api/investment/projects", new
        {
            name = "工作台测试镇街食品项目", investorName = "澳门某食品公司", investorKind = "organisation", industry = "食品加工",
            amountYuan = 50_000_000m, stage = "negotiating", stageDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20).ToString("yyyy-MM-dd"),
            town = "石岐", responsibleStaff = "工作台镇街干事", organisationId = branch,
        })).ShouldBe(HttpStatusCode.Created);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var project = await (await admin.PostAsJsonAsync("/api/investment/projects", new
        {
            name = "工作台测试智能装备项目", investorName = "港资某科技集团", investorKind = "organisation", industry = "智能装备",
            amountYuan = 300_000_000m, stage = "negotiating", stageDate = today.AddDays(-10).ToString("yyyy-MM-dd"),
            town = "石岐", responsibleStaff = "工作台干事", organisationId = city,
        })).ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/investment/projects/{project.Id()}/follow-ups", new
        {
            date = today.AddDays(-1).ToString("yyyy-MM-dd"), note = "电话沟通用地需求", nextStep = "陪同踏勘地块",
            nextStepDue = today.AddDays(2).ToString("yyyy-MM-dd"),
        })).ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"/api/investment/projects/{branchProject.Id()}/follow-ups", new
        {
            date = today.AddDays(-2).ToString("yyyy-MM-dd"), note = "了解设备进口进度", nextStep = "回访投资方",
            nextStepDue = today.AddDays(1).ToString("yyyy-MM-dd"),
        })).ShouldBe(HttpStatusCode.OK);

        // The clerk's home names the follow-up; it opens the project, where the discussion sits under the record.
        var clerk = await session.SignedIn("ws.clerk", Password);
        var mine = clerk.Locator("[data-testid=home-mine]");
        (await mine.InnerTextAsync()).Should().Contain("工作台测试智能装备项目");
        (await clerk.InnerTextAsync("main")).Should().Contain("我的待办").And.NotContain("My work");
        await BrowserSession.Screenshot(clerk, "60-home-clerk-zh");
        await mine.Locator("a", new LocatorLocatorOptions { HasText = "工作台测试智能装备项目" }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex($"/investment/projects/{project.Id()}$"));
        // The discussion knows the record once the platform has heard of it; a fresh project may need a moment.
        await WaitForDiscussion(clerk);
        await clerk.SelectOptionAsync("[data-mention-picker]", "工作台领导");
        (await clerk.InputValueAsync("#comment-body")).Should().Be("@工作台领导 ");
        await clerk.Locator("#comment-body").PressSequentiallyAsync("请审阅用地方案");
        await clerk.ClickAsync("[data-testid=comment-submit]");
        await clerk.WaitForSelectorAsync("[data-testid=comment-body] >> text=@工作台领导 请审阅用地方案");
        await BrowserSession.Screenshot(clerk, "61-discussion-zh");

        // The leader reads in English: the mention waits on their home page beside the year's figures.
        var leader = await session.SignedIn("ws.leader", Password);
        await leader.ClickAsync("[data-testid=switch-language]");
        await leader.WaitForSelectorAsync("html[lang=en]");
        var notices = leader.Locator("[data-testid=home-notices]");
        (await notices.InnerTextAsync()).Should().Contain("工作台干事 mentioned you in the discussion of “工作台测试智能装备项目”");
        (await leader.InnerTextAsync("[data-testid=home-figures]")).Should().Contain("Headline figures").And.Contain("Amount of projects signed");
        (await leader.InnerTextAsync("main")).Should().NotContainAny("我的待办", "未读通知", "较去年同期");
        await BrowserSession.Screenshot(leader, "62-home-leader-en");
        await notices.Locator("[data-testid=home-notice] a").First.ClickAsync();
        await leader.WaitForURLAsync(new Regex($"/investment/projects/{project.Id()}#comment-[0-9a-f]{{32}}$"));
        (await leader.InnerTextAsync("[data-testid=discussion]")).Should().Contain("Discussion and files").And.Contain("请审阅用地方案");

        // A branch officer's home holds the branch's own work, not the city's project.
        var branchOfficer = await session.SignedIn("ws.branch", Password);
        (await branchOfficer.InnerTextAsync("[data-testid=home-mine]")).Should().Contain("工作台测试镇街食品项目");
        (await branchOfficer.InnerTextAsync("main")).Should().NotContain("工作台测试智能装备项目");
        (await branchOfficer.Locator("[data-testid=home-figures]").CountAsync()).Should().Be(1, "a branch officer sees the branch's figures");
        await BrowserSession.Screenshot(branchOfficer, "63-home-branch-zh");
    }

    private static async Task WaitForDiscussion(IPage page)
    {
        for (var attempt = 0; attempt < 30 && await page.Locator("[data-testid=discussion]").CountAsync() == 0; attempt++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        await page.WaitForSelectorAsync("[data-testid=discussion]");
    }

    internal static async Task CreateUser(HttpClient admin, string userName, string displayName, Guid organisation, string role) =>
        await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName, password = Password, organisationId = organisation, roles = new[] { role },
        })).ShouldBe(HttpStatusCode.Created);
}
