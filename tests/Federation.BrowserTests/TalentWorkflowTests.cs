using System.Text.RegularExpressions;

namespace Federation.BrowserTests;

/// <summary>A talent-department user's day in the browser: an event, a talent met there, a letter of intent, and the scorecard.</summary>
[Trait("Category", "Browser")]
public sealed class TalentWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_user_records_a_talent_event_and_a_talent_signs_a_letter_that_the_scorecard_counts()
    {
        var page = await session.SignedIn();

        await page.GotoAsync($"{session.BaseUrl}/talent/events");
        await page.ClickAsync("[data-testid=new-talent-event]");
        await page.FillAsync("#Form_Title", "浏览器测试侨菁沙龙");
        await page.SelectOptionAsync("#Form_Format", "Salon");
        await page.FillAsync("#Form_StartDate", "2037-04-15");
        await page.FillAsync("#Form_EndDate", "2037-04-15");
        await page.FillAsync("#Form_City", "澳门");
        await page.CheckAsync("#flagship");
        await page.SelectOptionAsync("select[name='Form.TalentsMet[0].Degree']", "PhD");
        await page.SelectOptionAsync("select[name='Form.TalentsMet[0].CountryOrRegion']", "MO");
        await page.FillAsync("input[name='Form.TalentsMet[0].Count']", "12");
        await page.SelectOptionAsync("select[name='Form.TalentsMet[1].Degree']", "Master");
        await page.SelectOptionAsync("select[name='Form.TalentsMet[1].CountryOrRegion']", "RU");
        await page.FillAsync("input[name='Form.TalentsMet[1].Count']", "8");
        await BrowserSession.Screenshot(page, "20-talent-event-form-zh");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new Regex("/talent/events$"));
        (await page.InnerTextAsync("[data-testid=talent-events]")).Should().Contain("浏览器测试侨菁沙龙");

        await page.GotoAsync($"{session.BaseUrl}/talent/talents/edit");
        await page.FillAsync("#Form_NameZh", "浏览器测试博士");
        await page.FillAsync("#Form_Field", "生物医药");
        await page.SelectOptionAsync("#Form_CountryOrRegion", "MO");
        await page.FillAsync("#Form_Institution", "澳门大学");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new Regex("/talent/talents/[0-9a-f-]{36}$"));
        (await page.InnerTextAsync("[data-testid=talent-status]")).Should().Be("已见面");

        await page.FillAsync("input[name=employerName]", "中山市某生物医药企业");
        await page.FillAsync("input[name=town]", "火炬开发区");
        await page.FillAsync("input[name=signedOn]", "2037-05-20");
        await page.ClickAsync("[data-testid=sign]");
        await page.WaitForSelectorAsync("[data-testid=talent-status]:text('已签意向书')");
        (await page.InnerTextAsync("[data-testid=letters]")).Should().Contain("中山市某生物医药企业");
        await BrowserSession.Screenshot(page, "21-talent-letter-zh");

        // The scorecard hears of it through the outbox; reload until the dispatcher has delivered.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/scorecard?year=2037");
            if (await page.InnerTextAsync("[data-kpi='talent.phd-letters']") == "1") break;
            await Task.Delay(500);
        }
        (await page.InnerTextAsync("[data-kpi='talent.phd-letters']")).Should().Be("1");
        (await page.InnerTextAsync("[data-kpi='talent.talents-met']")).Should().Be("20");
        (await page.InnerTextAsync("[data-kpi='talent.flagship-events']")).Should().Be("1");
        await BrowserSession.Screenshot(page, "22-scorecard-talent-zh");
    }
}
