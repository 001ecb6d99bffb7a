using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// A leader on a 390 px phone starts from the home page, records a visit on site, raises the
/// enterprise's concern and resolves it, in both languages, and no page (the calendar's month
/// neither) scrolls sideways.
/// </summary>
[Trait("Category", "Browser")]
public sealed class PhoneWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = "Phone-Passw0rd-1";
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData("zh", "已解决")]
    [InlineData("en", "Resolved")]
    public async Task A_leader_records_a_visit_and_resolves_a_concern_on_a_phone(string language, string resolved)
    {
        var admin = await session.Factory.Admin();
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        var userName = $"phone.leader.{language}";
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = $"手机测试领导{language}", password = Password,
            organisationId = me.GetProperty("organisationId").GetGuid(), roles = new[] { "leadership", "enterprises-staff" },
        })).ShouldBe(HttpStatusCode.Created);
        var enterpriseName = $"中山市手机测试{(language == "zh" ? "甲" : "乙")}电子有限公司";
        var enterprise = await (await admin.PostAsJsonAsync("/api/enterprises/enterprises", new
        {
            name = enterpriseName, creditCode = Federation.Kernel.Registry.CreditCode.Complete(language == "zh" ? "91442000MA4UC1A2B" : "91442000MA4UC1A3C"),
            town = "小榄", industry = "电子信息", investorCountryOrRegion = "HK",
        })).ShouldBe(HttpStatusCode.Created);
        // The campaign closes within the week, so the unvisited enterprise is on the leader's home page.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var campaign = await (await admin.PostAsJsonAsync("/api/enterprises/campaigns", new
        {
            name = $"手机走访行动（{language}）", startsOn = Day(today.AddDays(-60)), endsOn = Day(today.AddDays(7)), targetEnterprises = 5,
        })).ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/enterprises/campaigns/{campaign.Id()}/assignments", new
        {
            enterpriseId = enterprise.Id(), leaderUserId = created.GetProperty("user").Id(), version = campaign.GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);

        var phone = await session.SignedIn(userName, Password, Phone);
        if (language == "en")
        {
            await phone.ClickAsync("[data-testid=switch-language]");
            await phone.WaitForSelectorAsync("html[lang=en]");
        }
        await FitsTheScreen(phone, "home");
        (await phone.InnerTextAsync("[data-testid=home-mine]")).Should().Contain(enterpriseName);
        await BrowserSession.Screenshot(phone, $"70-phone-home-{language}");

        await phone.GotoAsync($"{session.BaseUrl}/calendar");
        await FitsTheScreen(phone, "the month's calendar");
        await BrowserSession.Screenshot(phone, $"73-phone-calendar-{language}");

        await phone.GotoAsync($"{session.BaseUrl}/enterprises/mine");
        await FitsTheScreen(phone, "my enterprises");
        await phone.ClickAsync("[data-testid=record-visit]");
        await FitsTheScreen(phone, "the visit form");
        await phone.FillAsync("#Form_VisitedOn", Day(today));
        await phone.SelectOptionAsync("#Form_Purpose", "ListeningSession");
        await phone.FillAsync("#visitors", "市侨联经济科技部");
        await BrowserSession.Screenshot(phone, $"71-phone-visit-form-{language}");
        await phone.ClickAsync("[data-testid=save]");
        await phone.WaitForURLAsync(new Regex("/enterprises/visits/[0-9a-f-]{36}$"));
        await FitsTheScreen(phone, "the visit");
        await phone.SelectOptionAsync("#raise-category", "LandAndPremises");
        await phone.FillAsync("#raise-description", $"手机测试：需要新增仓库用地（{language}）");
        await phone.FillAsync("#raise-due", Day(today.AddDays(30)));
        await phone.ClickAsync("[data-testid=raise]");
        var concern = phone.Locator("[data-testid=visit-concerns] a", new PageLocatorOptions { HasText = "需要新增仓库用地" });
        await concern.WaitForAsync();
        await concern.ClickAsync();
        await phone.WaitForURLAsync(new Regex("/enterprises/concerns/[0-9a-f-]{36}$"));
        await FitsTheScreen(phone, "the concern");
        await phone.FillAsync("#resolve-on", Day(today));
        await phone.FillAsync("#resolve-note", "协调周边闲置仓库，企业已租用");
        await phone.ClickAsync("[data-testid=resolve]");
        await phone.WaitForSelectorAsync($"[data-testid=concern-status]:text('{resolved}')");
        await FitsTheScreen(phone, "the resolved concern");
        await BrowserSession.Screenshot(phone, $"72-phone-concern-{language}");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    // A page fits a phone when nothing is wider than the screen: no sideways scrolling to reach a field or a button.
    private static async Task FitsTheScreen(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        overflow.Should().BeLessThanOrEqualTo(0, $"{what} must fit a 390 px screen ({page.Url})");
    }
}
