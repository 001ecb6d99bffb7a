using System.Net;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Time;

namespace Federation.BrowserTests;

/// <summary>
/// Issue 23's project form in a real browser, in both languages: the amount typed the way staff say
/// it ("5000万"), the town picked from a list, and a stage date after today stopped with a message
/// naming the field; nothing is saved until the date is confirmed.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ProjectFormWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("zh-CN", "阶段日期", "在今天之后")]
    [InlineData("en", "Stage date", "is after today")]
    public async Task A_project_of_5000万_with_a_stage_date_after_today_is_asked_about_naming_the_field_and_saved_once_confirmed(
        string culture, string field, string afterToday)
    {
        var admin = await session.Factory.Admin();
        var page = await session.SignedIn();
        if (culture == "en")
        {
            await page.ClickAsync("[data-testid=switch-language]");
            await page.WaitForSelectorAsync("[data-testid=switch-language]:text('中文')");
        }
        var name = $"未来阶段日期项目{Guid.NewGuid():N}"[..16];
        var later = ChinaCalendar.Today(TimeProvider.System).AddMonths(2).ToString("yyyy-MM-dd");

        await page.GotoAsync($"{session.BaseUrl}/investment/projects/edit");
        await page.FillAsync("#Form_Name", name);
        await page.FillAsync("#Form_Industry", "新材料");
        await page.FillAsync("#Form_InvestorName", "香港某投资有限公司");
        await page.FillAsync("#Form_AmountYuan", "5000万");
        (await page.EvalOnSelectorAsync<string>("#Form_Town", "e => e.tagName")).Should().Be("SELECT");
        await page.SelectOptionAsync("#Form_Town", "石岐");
        await page.SelectOptionAsync("#Form_Stage", "Signed");
        await page.FillAsync("#Form_StageDate", later);
        await page.ClickAsync("[data-testid=save]");

        await page.WaitForSelectorAsync("[data-future-dates]");
        (await page.InnerTextAsync("[data-valmsg-for='Form.StageDate']")).Should().Contain(field).And.Contain(later).And.Contain(afterToday);
        page.Url.Should().EndWith("/investment/projects/edit", "the form is shown again rather than saved");
        (await (await admin.GetAsync($"/api/investment/projects?q={Uri.EscapeDataString(name)}")).Body()).GetProperty("total").GetInt32()
            .Should().Be(0, "nothing is saved before the date is confirmed");
        await BrowserSession.Screenshot(page, $"project-form-future-stage-date-{culture}");

        await page.CheckAsync("#ConfirmFutureDates");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new Regex("/investment/projects/[0-9a-f-]{36}$"));
        var project = await (await admin.GetAsync($"/api{new Uri(page.Url).AbsolutePath}")).ShouldBe(HttpStatusCode.OK);
        project.GetProperty("amountYuan").GetDecimal().Should().Be(50_000_000m, "5000万 is fifty million yuan");
        project.GetProperty("town").GetString().Should().Be("石岐");
        project.GetProperty("stages")[0].GetProperty("date").GetString().Should().Be(later);
    }
}
