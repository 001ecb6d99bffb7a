using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// A leader without the contact permission opens a talent: the phone is masked; "显示" shows it in
/// full in place; the admin's 个人信息查阅记录 then names the leader and the talent (issue 24's "done when").
/// </summary>
[Trait("Category", "Browser")]
public sealed class PersonalDataWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Phone = "13812345678";

    [Fact]
    public async Task A_leader_sees_the_phone_masked_shows_it_in_full_and_the_access_log_names_the_leader()
    {
        var federation = await TestFederation.Create(session.Factory);
        var name = $"脱敏浏览{Guid.NewGuid():N}"[..10];
        var body = TalentRequests.Talent(null, name, Phone);
        body["consentToContact"] = true;
        var talent = (await (await federation.Admin.PostAsJsonAsync("/api/talent/talents", body)).ShouldBe(HttpStatusCode.Created)).Id();
        var leaderName = $"l{Guid.NewGuid():N}"[..16];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = leaderName, displayName = "浏览器测试领导", password = TestFederation.Password, organisationId = federation.Root,
            roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);

        var page = await session.SignedIn(leaderName, TestFederation.Password);
        await page.GotoAsync($"{session.BaseUrl}/talent/talents/{talent}");
        var contact = "[data-testid=talent-contact] [data-testid=personal-value]";
        (await page.InnerTextAsync(contact)).Should().Be("138****5678");
        await BrowserSession.Screenshot(page, "personal-data-01-masked");

        await page.ClickAsync("[data-testid=talent-contact] [data-testid=show-personal]");
        await page.WaitForSelectorAsync("[data-testid=talent-contact] [data-testid=show-personal]", new() { State = WaitForSelectorState.Detached });
        (await page.InnerTextAsync(contact)).Should().Be(Phone);

        var admin = await session.SignedIn();
        await admin.GotoAsync($"{session.BaseUrl}/admin/personal-data-access?recordId={talent}");
        (await admin.QuerySelectorAllAsync("[data-testid=access-row]")).Should().ContainSingle("reading the mask is not an access; showing it is");
        (await admin.InnerTextAsync("[data-testid=access-user]")).Should().Contain(leaderName);
        (await admin.InnerTextAsync("[data-testid=access-record]")).Should().Contain(name);
        (await admin.InnerTextAsync("[data-testid=access-action]")).Should().Be("点击显示");
        await BrowserSession.Screenshot(admin, "personal-data-02-access-log");
    }
}
