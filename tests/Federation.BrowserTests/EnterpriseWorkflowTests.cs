using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.BrowserTests;

/// <summary>
/// A leader visits an enterprise they were assigned and hears a concern; a staff member refers it
/// to a department and resolves it; the enterprise's timeline and the scorecard show it all.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EnterpriseWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string LeaderPassword = "Leader-Passw0rd-1";

    [Fact]
    public async Task A_leaders_visit_and_concern_are_referred_resolved_and_counted()
    {
        var admin = await session.Factory.Admin();
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        var leaderName = "browser.leader";
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = leaderName, displayName = "浏览器测试领导", password = LeaderPassword,
            organisationId = me.GetProperty("organisationId").GetGuid(), roles = new[] { "leadership", "enterprises-staff" },
        })).ShouldBe(HttpStatusCode.Created);
        var leaderId = created.GetProperty("user").Id();
        var enterprise = await (await admin.PostAsJsonAsync("/api/enterprises/enterprises", new
        {
            name = "中山市浏览器测试精密机械有限公司", creditCode = Federation.Kernel.Registry.CreditCode.Complete("91442000MA4UB0W5X"),
            town = "小榄", industry = "精密机械", investorCountryOrRegion = "SG",
        })).ShouldBe(HttpStatusCode.Created);
        var campaign = await (await admin.PostAsJsonAsync("/api/enterprises/campaigns", new
        {
            name = "2025年百家侨企服务行动（浏览器测试）", startsOn = "2025-01-01", endsOn = "2025-12-31", targetEnterprises = 10,
        })).ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/enterprises/campaigns/{campaign.Id()}/assignments", new
        {
            enterpriseId = enterprise.Id(), leaderUserId = leaderId, version = campaign.GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);

        // The leader sees the enterprise among theirs, not yet visited, and records the visit with a concern.
        var leader = await session.SignedIn(leaderName, LeaderPassword);
        await leader.GotoAsync($"{session.BaseUrl}/enterprises/mine");
        (await leader.InnerTextAsync("main")).Should().Contain("中山市浏览器测试精密机械有限公司").And.Contain("未走访");
        await BrowserSession.Screenshot(leader, "30-my-enterprises-zh");
        await leader.ClickAsync("[data-testid=record-visit]");
        await leader.FillAsync("#Form_VisitedOn", "2025-03-03");
        await leader.SelectOptionAsync("#Form_Purpose", "ListeningSession");
        await leader.FillAsync("#visitors", "浏览器测试领导、市侨联经济科技部");
        await leader.ClickAsync("[data-testid=save]");
        await leader.WaitForURLAsync(new Regex("/enterprises/visits/[0-9a-f-]{36}$"));
        await leader.SelectOptionAsync("#raise-category", "LandAndPremises");
        await leader.FillAsync("#raise-description", "扩产需要新增厂房约五千平方米");
        await leader.FillAsync("#raise-due", "2025-04-30");
        await leader.ClickAsync("[data-testid=raise]");
        await leader.WaitForSelectorAsync("[data-testid=visit-concerns] >> text=扩产需要新增厂房约五千平方米");
        await BrowserSession.Screenshot(leader, "31-visit-with-concern-zh");

        // A staff member finds it in the queue, refers it and resolves it.
        var staff = await session.SignedIn();
        await staff.GotoAsync($"{session.BaseUrl}/enterprises/concerns?q=五千平方米");
        await staff.ClickAsync("text=扩产需要新增厂房约五千平方米");
        await staff.WaitForURLAsync(new Regex("/enterprises/concerns/[0-9a-f-]{36}$"));
        (await staff.InnerTextAsync("[data-testid=concern-status]")).Should().Be("待办理");
        await staff.SelectOptionAsync("#refer-department", "市自然资源局");
        await staff.FillAsync("#refer-due", "2025-04-15");
        await staff.FillAsync("#refer-on", "2025-03-05");
        await staff.ClickAsync("[data-testid=refer]");
        await staff.WaitForSelectorAsync("[data-testid=concern-status]:text('已转办')");
        await staff.FillAsync("#resolve-on", "2025-03-25");
        await staff.FillAsync("#resolve-note", "协调租用周边闲置厂房，企业已签约");
        await staff.ClickAsync("[data-testid=resolve]");
        await staff.WaitForSelectorAsync("[data-testid=concern-status]:text('已解决')");
        (await staff.InnerTextAsync("[data-testid=steps]")).Should().Contain("browser.leader").And.Contain("admin").And.Contain("市自然资源局");
        await BrowserSession.Screenshot(staff, "32-concern-resolved-zh");

        // The leader's list now shows the visit; the timeline has the visit and the concern.
        await leader.GotoAsync($"{session.BaseUrl}/enterprises/mine");
        (await leader.InnerTextAsync("main")).Should().Contain("2025-03-03");
        await staff.GotoAsync($"{session.BaseUrl}/enterprises/registry/{enterprise.Id()}");
        var timeline = await staff.InnerTextAsync("[data-testid=timeline]");
        timeline.Should().Contain("2025-03-03").And.Contain("扩产需要新增厂房约五千平方米").And.Contain("已解决");

        for (var attempt = 0; attempt < 20; attempt++)
        {
            await staff.GotoAsync($"{session.BaseUrl}/scorecard?year=2025");
            if (await staff.InnerTextAsync("[data-kpi='enterprises.concerns-resolved']") == "1") break;
            await Task.Delay(500);
        }
        (await staff.InnerTextAsync("[data-kpi='enterprises.concerns-resolved']")).Should().Be("1");
        (await staff.InnerTextAsync("[data-kpi='enterprises.visits']")).Should().Be("1");
        (await staff.InnerTextAsync("[data-kpi='enterprises.days-to-resolve']")).Should().Be("22");
        (await staff.InnerTextAsync("[data-kpi='enterprises.campaign-coverage']")).Should().Be("10%");
        await BrowserSession.Screenshot(staff, "33-scorecard-enterprises-zh");
    }
}
