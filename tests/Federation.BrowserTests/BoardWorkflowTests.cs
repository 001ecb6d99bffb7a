using System.Text.Json;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>The project board and the scorecard's funnel, in Chinese and in English.</summary>
[Trait("Category", "Browser")]
public sealed class BoardWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("zh-CN", "1 个", "只能转为", "阶段转化漏斗", "签约")]
    [InlineData("en", "1 item", "can move only to", "stage conversion", "Signed")]
    public async Task A_card_dragged_to_the_next_column_advances_a_refused_move_shows_why_and_the_funnel_shows_on_the_scorecard(
        string culture, string oneCard, string reason, string funnelTitle, string signedStage)
    {
        var page = await session.SignedIn();
        if (culture == "en")
        {
            await page.ClickAsync("[data-testid=switch-language]");
            await page.WaitForSelectorAsync("[data-testid=switch-language]:text('中文')");
        }
        var prefix = "看板" + Guid.NewGuid().ToString("N")[..6];
        var signed = await Enter(page, prefix + "签约项目", "signed");
        var intent = await Enter(page, prefix + "意向项目", "intent");

        await page.GotoAsync($"{session.BaseUrl}/investment/projects/board?q={Uri.EscapeDataString(prefix)}");
        (await page.InnerTextAsync("[data-testid=column-signed] [data-testid=column-count]")).Should().Be(oneCard);
        await BrowserSession.Screenshot(page, $"board-01-{culture}");

        // Drag a signed project to 动工: it goes through the stage endpoint and the page shows it there.
        await page.DragAndDropAsync($"[data-card='{signed}']", "[data-testid=column-groundbreaking]");
        // The card moves at once; the page then reloads with the server's counts and totals.
        await page.WaitForSelectorAsync($"[data-testid=column-groundbreaking] [data-testid=column-count]:text-is('{oneCard}')");
        (await page.QuerySelectorAsync($"[data-testid=column-groundbreaking] [data-card='{signed}']")).Should().NotBeNull();
        (await page.InnerTextAsync("[data-testid=column-signed] [data-testid=column-count]")).Should().Be(culture == "en" ? "0 items" : "0 个", "English takes its plural for none");

        // An intent cannot jump to 投产: the reason shows, in the reader's language, and the card stays.
        await page.DragAndDropAsync($"[data-card='{intent}']", "[data-testid=column-inProduction]");
        await page.WaitForSelectorAsync("[data-testid=board-message]:not(.d-none)");
        (await page.InnerTextAsync("[data-testid=board-message]")).Should().Contain(reason);
        (await page.QuerySelectorAsync($"[data-testid=column-intent] [data-card='{intent}']")).Should().NotBeNull();
        await BrowserSession.Screenshot(page, $"board-02-refused-{culture}");

        // Without dragging: the card's "move to" list.
        await page.SelectOptionAsync($"[data-card='{intent}'] [data-testid=move-to]", "negotiating");
        await page.WaitForSelectorAsync($"[data-testid=column-negotiating] [data-testid=column-count]:text-is('{oneCard}')");
        (await page.QuerySelectorAsync($"[data-testid=column-negotiating] [data-card='{intent}']")).Should().NotBeNull();

        await page.GotoAsync($"{session.BaseUrl}/scorecard?year=2023");
        await page.WaitForSelectorAsync("[data-testid=funnel-chart-Investment-projects] canvas");
        (await page.InnerTextAsync("[data-testid=funnel-Investment-projects] h2")).Should().Contain(funnelTitle);
        (await page.InnerTextAsync("[data-testid=funnel-table-Investment-projects]")).Should().Contain(signedStage);
        await BrowserSession.Screenshot(page, $"board-03-funnel-{culture}");
    }

    /// <summary>Enters a project in 石岐 through the API with the page's own session, as the form would.</summary>
    private async Task<Guid> Enter(IPage page, string name, string stage)
    {
        var response = await page.APIRequest.PostAsync($"{session.BaseUrl}/api/investment/projects", new APIRequestContextOptions
        {
            DataObject = new { name, investorName = "港资某集团", amountYuan = 80_000_000m, town = "石岐", stage, stageDate = "2023-09-12" },
        });
        response.Status.Should().Be(201, await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("id").GetGuid();
    }
}
