using System.Net;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.BrowserTests;

/// <summary>
/// A clerk deletes an order: the browser asks first, naming the order and the recycle bin; declining
/// keeps it, accepting deletes it; an admin restores it from 回收站 and it is back. In Chinese and in English.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RecycleBinWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("zh-CN", "删除海外订单“", "删除后可在回收站中恢复30天", "回收站", "恢复")]
    [InlineData("en", "Delete “", "stays in the recycle bin for 30 days", "Recycle bin", "Restore")]
    public async Task A_delete_asks_first_and_the_deleted_order_is_restored_from_the_recycle_bin(
        string culture, string question, string binPromise, string binTitle, string restoreWord)
    {
        var admin = await session.Factory.Admin();
        var name = $"中山市回收站测试灯饰有限公司{Guid.NewGuid():N}"[..24];
        var order = (await TradeRequests.Record(admin, TradeRequests.Order(enterpriseName: name))).Id();
        var page = await session.SignedIn();
        if (culture == "en")
        {
            await page.ClickAsync("[data-testid=switch-language]");
            await page.WaitForSelectorAsync("[data-testid=switch-language]:text('中文')");
        }
        var accept = false;
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            if (accept) await dialog.AcceptAsync();
            else await dialog.DismissAsync();
        };

        await page.GotoAsync($"{session.BaseUrl}/trade/orders/{order}");
        await page.ClickAsync("[data-testid=delete]");
        asked.Should().ContainSingle().Which.Should().StartWith(question).And.Contain(name).And.Contain(binPromise);
        await page.WaitForTimeoutAsync(300);
        page.Url.Should().EndWith($"/trade/orders/{order}", "declining keeps the user on the order");
        (await admin.GetAsync($"/api/trade/orders/{order}")).StatusCode.Should().Be(HttpStatusCode.OK, "declining deletes nothing");

        accept = true;
        await page.ClickAsync("[data-testid=delete]");
        await page.WaitForURLAsync(new Regex("/trade/orders$"));
        asked.Should().HaveCount(2);
        (await admin.GetAsync($"/api/trade/orders/{order}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var row = $"[data-testid=recycled-row][data-record-id='{order}']";
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/admin/recycle-bin?module=Trade");
            if (await page.QuerySelectorAsync(row) is not null) break;
            await Task.Delay(500);
        }
        (await page.InnerTextAsync("h1")).Should().Be(binTitle);
        (await page.InnerTextAsync(row)).Should().Contain(name);
        await BrowserSession.Screenshot(page, $"recycle-bin-01-{culture}");
        (await page.InnerTextAsync($"{row} [data-testid=restore]")).Should().Be(restoreWord);
        await page.ClickAsync($"{row} [data-testid=restore]");
        await page.WaitForSelectorAsync("[data-testid=record-restored]");
        asked.Should().HaveCount(3);
        asked[2].Should().Contain(name);
        (await page.QuerySelectorAsync(row)).Should().BeNull();

        await page.GotoAsync($"{session.BaseUrl}/trade/orders/{order}");
        (await page.InnerTextAsync("[data-testid=order-title]")).Should().Contain(name);
        await BrowserSession.Screenshot(page, $"recycle-bin-02-restored-{culture}");
    }
}
