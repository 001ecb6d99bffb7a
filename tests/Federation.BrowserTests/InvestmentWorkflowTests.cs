using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>What a department user does in a browser, in Chinese and in English, without the API.</summary>
[Trait("Category", "Browser")]
public sealed class InvestmentWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_user_records_an_event_and_a_project_advances_it_to_signed_and_finds_it_in_the_ledger_total()
    {
        var page = await session.SignedIn();
        await BrowserSession.Screenshot(page, "01-home-zh");
        var town = "测试镇" + Guid.NewGuid().ToString("N")[..4];
        // Towns are reference data: an admin adds the new one (with an alias) before a clerk can use it.
        await page.GotoAsync($"{session.BaseUrl}/admin/places");
        await page.FillAsync("[data-testid=new-town-form] input[name='Form.Name']", town);
        await page.FillAsync("[data-testid=new-town-form] input[name='Form.Aliases']", town + "镇");
        await page.ClickAsync("[data-testid=new-town-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=town-created]");

        await page.GotoAsync($"{session.BaseUrl}/investment/events");
        await page.ClickAsync("[data-testid=new-event]");
        await page.FillAsync("#Form_Title", "浏览器测试招商对接会");
        await page.SelectOptionAsync("#Form_Kind", "Matchmaking");
        await page.FillAsync("#Form_StartDate", "2023-09-12");
        await page.FillAsync("#Form_EndDate", "2023-09-13");
        await page.FillAsync("#Form_Venue", "中山市侨界活动中心");
        await page.FillAsync("#Form_City", "中山");
        await page.FillAsync("#Form_AttendeeCount", "86");
        await page.EvaluateAsync("document.querySelector('#countries').tomselect.setValue(['HK', 'MO', 'US'])");
        await page.FillAsync("input[name='Form.Organisers[0].Name']", "中山市归国华侨联合会");
        await BrowserSession.Screenshot(page, "02-event-form-zh");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/investment/events/[0-9a-f-]{36}$"));
        (await page.InnerTextAsync("h1")).Should().Contain("浏览器测试招商对接会");
        (await page.InnerTextAsync("main")).Should().Contain("中国香港");

        await page.GotoAsync($"{session.BaseUrl}/investment/projects/edit");
        await page.FillAsync("#Form_Name", "浏览器测试项目");
        await page.FillAsync("#Form_InvestorName", "澳门某投资公司");
        await page.FillAsync("#Form_Industry", "智能制造");
        await page.FillAsync("#Form_AmountYuan", "3.5亿");
        await page.SelectOptionAsync("#Form_Town", town);
        await page.SelectOptionAsync("#Form_EventId", new SelectOptionValue { Label = "2023-09-12 浏览器测试招商对接会" });
        await page.SelectOptionAsync("#Form_Stage", "Intent");
        await page.FillAsync("#Form_StageDate", "2023-09-12");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/investment/projects/[0-9a-f-]{36}$"));
        (await page.InnerTextAsync("[data-testid=project-stage]")).Should().Be("意向");

        await page.SelectOptionAsync("#advance-stage", "Signed");
        await page.FillAsync("#advance-date", "2023-09-13");
        await page.ClickAsync("[data-testid=advance]");
        await page.WaitForSelectorAsync("[data-testid=project-stage]:text('签约')");
        (await page.InnerTextAsync("[data-testid=timeline]")).Should().Contain("意向").And.Contain("签约").And.Contain("2023-09-13");
        await BrowserSession.Screenshot(page, "03-project-card-zh");

        await page.GotoAsync($"{session.BaseUrl}/investment/projects");
        await page.SelectOptionAsync("select[name=stage]", "Signed");
        await page.SelectOptionAsync("select[name=town]", town);
        await page.ClickAsync("[data-testid=apply-filters]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("stage=Signed"));
        (await page.InnerTextAsync("[data-testid=ledger]")).Should().Contain("浏览器测试项目");
        (await page.InnerTextAsync("[data-testid=ledger-total]")).Should().Be("3.5亿元");
        await BrowserSession.Screenshot(page, "04-ledger-filtered-zh");
    }

    [Fact]
    public async Task Switching_to_English_is_remembered_across_pages_and_switching_back_restores_Chinese()
    {
        var page = await session.SignedIn();
        await page.GotoAsync($"{session.BaseUrl}/investment/projects?year=2023");
        (await page.InnerTextAsync("h1")).Should().Be("项目台账");
        (await page.InnerTextAsync("[data-testid=ledger-total]")).Should().EndWith("亿元");

        await page.ClickAsync("[data-testid=switch-language]");
        await page.WaitForSelectorAsync("h1:text('Project ledger')");
        await BrowserSession.Screenshot(page, "05-ledger-en");
        await page.GotoAsync($"{session.BaseUrl}/investment/events");
        (await page.InnerTextAsync("h1")).Should().Be("Investment events");
        (await page.InnerTextAsync("[data-testid=events-table]")).Should().Contain("Conference");

        await page.ClickAsync("[data-testid=switch-language]");
        await page.WaitForSelectorAsync("h1:text('招商活动')");
    }

    [Fact]
    public async Task A_leader_reads_the_ledger_and_the_scorecard_but_gets_the_403_page_naming_the_write_permission()
    {
        var admin = await session.Factory.Admin();
        var organisations = await (await admin.GetAsync("/api/admin/organisations")).Content.ReadAsStringAsync();
        var root = System.Text.Json.JsonDocument.Parse(organisations).RootElement.EnumerateArray()
            .Single(o => o.GetProperty("parentId").ValueKind == System.Text.Json.JsonValueKind.Null).GetProperty("id").GetGuid();
        var userName = "leader" + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsync("/api/admin/users", System.Net.Http.Json.JsonContent.Create(new
        {
            userName, displayName = "领导", password = "Leader-Passw0rd-1", organisationId = root, roles = new[] { "leadership" },
        }));
        created.EnsureSuccessStatusCode();

        var page = await session.SignedIn(userName, "Leader-Passw0rd-1");
        await page.GotoAsync($"{session.BaseUrl}/investment/projects");
        (await page.Locator("[data-testid=new-project]").CountAsync()).Should().Be(0);

        await page.GotoAsync($"{session.BaseUrl}/investment/projects/edit");
        (await page.InnerTextAsync("[data-testid=forbidden]")).Should().Contain("investment.write").And.Contain("编辑招商引资");
        await BrowserSession.Screenshot(page, "06-forbidden-zh");

        await page.GotoAsync($"{session.BaseUrl}/scorecard?year=2023");
        await page.WaitForSelectorAsync("[data-kpi='investment.signed-amount']:text('96.12亿元')");
        // ECharts, served by the app itself, draws into a canvas: no drawing means the library did not load.
        await page.WaitForSelectorAsync("[data-testid=chart-month] canvas");
        await page.WaitForSelectorAsync("[data-testid=chart-town] canvas");
        await BrowserSession.Screenshot(page, "07-scorecard-2023-zh");
    }
}
