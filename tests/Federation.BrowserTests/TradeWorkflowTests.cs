using System.Text.RegularExpressions;

namespace Federation.BrowserTests;

/// <summary>A trade-department user records an overseas order in dollars, confirms it, and the scorecard counts its yuan.</summary>
[Trait("Category", "Browser")]
public sealed class TradeWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task An_order_in_dollars_is_confirmed_and_the_scorecard_counts_its_yuan_to_the_fen()
    {
        var page = await session.SignedIn();

        await page.GotoAsync($"{session.BaseUrl}/trade/orders");
        await page.ClickAsync("[data-testid=new-order]");
        await page.FillAsync("#Form_EnterpriseName", "中山市浏览器测试家电有限公司");
        await page.FillAsync("#Form_ProductCategory", "空气炸锅");
        await page.SelectOptionAsync("#Form_BuyerCountryOrRegion", "AU");
        await page.FillAsync("#Form_OrderedOn", "2024-06-10");
        await page.SelectOptionAsync("#Form_Currency", "USD");
        await page.FillAsync("#Form_Amount", "1250000.50");
        await page.FillAsync("#Form_RateToYuan", "7.1234");
        await page.FillAsync("#Form_RateOn", "2024-06-10");
        await page.SelectOptionAsync("#Form_Town", "黄圃");
        await BrowserSession.Screenshot(page, "40-order-form-zh");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new Regex("/trade/orders/[0-9a-f-]{36}$"));

        // 1,250,000.50 × 7.1234 = 8,904,253.5617 → 8,904,253.56 yuan
        (await page.InnerTextAsync("[data-testid=conversion]")).Should().Contain("8,904,253.56");
        (await page.InnerTextAsync("[data-testid=order-status]")).Should().Be("意向");
        await page.FillAsync("#confirm-on", "2024-06-20");
        await page.ClickAsync("[data-testid=confirm]");
        await page.WaitForSelectorAsync("[data-testid=order-status]:text('已确认')");
        await BrowserSession.Screenshot(page, "41-order-confirmed-zh");

        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/scorecard?year=2024");
            if (await page.InnerTextAsync("[data-kpi='trade.orders']") == "1") break;
            await Task.Delay(500);
        }
        (await page.InnerTextAsync("[data-kpi='trade.orders']")).Should().Be("1");
        (await page.InnerTextAsync("[data-kpi='trade.order-amount']")).Should().Be("890.43万元");
        await BrowserSession.Screenshot(page, "42-scorecard-trade-zh");

        await page.GotoAsync($"{session.BaseUrl}/api/scorecard/2024");
        (await page.InnerTextAsync("body")).Should().Contain("8904253.56");
    }
}
