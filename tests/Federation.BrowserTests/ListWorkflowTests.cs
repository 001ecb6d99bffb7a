using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// The shared list tools as a clerk uses them, on two work lines' lists (the project ledger and the concern
/// queue): sort by a column, save a filter and apply it again, hide a column and find it still hidden after
/// a reload, tick rows and assign them in bulk after confirming, and the "no records" state.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ListWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_project_ledger_sorts_saves_a_filter_hides_a_column_assigns_in_bulk_and_shows_an_empty_state()
    {
        var page = await session.SignedIn();
        var prefix = "列表" + Guid.NewGuid().ToString("N")[..6];
        await Post(page, "/api/investment/projects", new { name = prefix + "小额", investorName = "港资某集团", amountYuan = 1_000_000m, town = "石岐", stage = "intent", stageDate = "2023-09-12" });
        await Post(page, "/api/investment/projects", new { name = prefix + "大额", investorName = "港资某集团", amountYuan = 90_000_000m, town = "石岐", stage = "intent", stageDate = "2023-09-12" });

        await Walk(page, "/investment/projects", "ledger", prefix, sortKey: "amount", firstAfterSort: prefix + "大额", nameColumn: 2,
            hiddenColumn: "investor", assignee: "列表测试员", screenshot: "list-ledger");
    }

    [Fact]
    public async Task The_concern_queue_sorts_saves_a_filter_hides_a_column_refers_in_bulk_and_shows_an_empty_state()
    {
        var page = await session.SignedIn();
        var prefix = "诉求" + Guid.NewGuid().ToString("N")[..6];
        var enterprise = await Post(page, "/api/enterprises/enterprises", new
        {
            name = prefix + "精密机械有限公司", creditCode = EnterpriseRequests.NewCreditCode(), town = "火炬开发区", industry = "装备制造",
            investorCountryOrRegion = "HK", status = "operating",
        });
        await Post(page, "/api/enterprises/concerns", new { enterpriseId = enterprise, category = "tax", description = prefix + "早提出的诉求", raisedOn = "2023-03-01" });
        await Post(page, "/api/enterprises/concerns", new { enterpriseId = enterprise, category = "tax", description = prefix + "晚提出的诉求", raisedOn = "2023-05-01" });

        await Walk(page, "/enterprises/concerns", "concerns", prefix, sortKey: "raisedOn", firstAfterSort: prefix + "晚提出的诉求", nameColumn: 5,
            hiddenColumn: "category", assignee: "市税务局", screenshot: "list-concerns");
    }

    /// <summary>The same walk on any list holding exactly two rows matching <paramref name="prefix"/>.</summary>
    private async Task Walk(IPage page, string path, string table, string prefix, string sortKey, string firstAfterSort, int nameColumn,
        string hiddenColumn, string assignee, string screenshot)
    {
        var filtered = $"{session.BaseUrl}{path}?q={Uri.EscapeDataString(prefix)}";
        await page.GotoAsync(filtered);
        (await page.Locator("[data-testid=select-row]").CountAsync()).Should().Be(2);

        // A sortable header sorts on the server, largest or latest first, and says so.
        await page.ClickAsync($"[data-testid={table}] a[data-sort={sortKey}]");
        await page.WaitForURLAsync(url => url.Contains("sort=-" + sortKey, StringComparison.Ordinal));
        (await page.GetAttributeAsync($"[data-testid={table}] th[data-column={sortKey}]", "aria-sort")).Should().Be("descending");
        (await page.InnerTextAsync($"[data-testid={table}] tbody tr:first-child td:nth-child({nameColumn})")).Trim().Should().Be(firstAfterSort);

        // Save the filter shown, leave the list, and apply it again from the saved filters.
        var filterName = "我的筛选" + prefix[^4..];
        await page.FillAsync("[data-testid=filter-name]", filterName);
        await page.ClickAsync("[data-testid=save-filter]");
        await page.GotoAsync($"{session.BaseUrl}{path}");
        await page.ClickAsync("[data-testid=saved-filters]");
        await page.ClickAsync($"[data-testid=saved-filter]:text-is('{filterName}')");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        (await page.Locator("[data-testid=select-row]").CountAsync()).Should().Be(2, "the saved filter applies the same search");
        page.Url.Should().Contain("sort=-" + sortKey, "the saved filter keeps the sort too");

        // Hide a column: it stays hidden after a reload, in this browser, for this user.
        await page.ClickAsync("[data-testid=column-chooser]");
        await page.UncheckAsync($"[data-column-toggle={hiddenColumn}]");
        (await page.IsHiddenAsync($"[data-testid={table}] th[data-column={hiddenColumn}]")).Should().BeTrue();
        await page.ReloadAsync();
        (await page.IsHiddenAsync($"[data-testid={table}] th[data-column={hiddenColumn}]")).Should().BeTrue("the choice is remembered");
        await BrowserSession.Screenshot(page, screenshot + "-01-hidden-column");
        await page.ClickAsync("[data-testid=column-chooser]");
        await page.CheckAsync($"[data-column-toggle={hiddenColumn}]");
        (await page.IsVisibleAsync($"[data-testid={table}] th[data-column={hiddenColumn}]")).Should().BeTrue();

        // Tick every row and assign them all, after saying yes to the question.
        (await page.IsDisabledAsync("[data-testid=bulk-assign]")).Should().BeTrue("nothing is ticked yet");
        await page.CheckAsync("[data-testid=select-all]");
        (await page.InnerTextAsync("[data-selected-count]")).Should().Contain("2");
        await page.FillAsync("[data-testid=bulk-assignee]", assignee);
        string? asked = null;
        page.Dialog += (_, dialog) =>
        {
            asked = dialog.Message;
            _ = dialog.AcceptAsync();
        };
        await page.ClickAsync("[data-testid=bulk-assign]");
        await page.WaitForSelectorAsync("[data-testid=bulk-message]");
        asked.Should().NotBeNullOrEmpty("a change to many rows asks first");
        (await page.InnerTextAsync("[data-testid=bulk-message]")).Should().Contain("2");
        (await page.InnerTextAsync($"[data-testid={table}] tbody")).Should().Contain(assignee);
        await BrowserSession.Screenshot(page, screenshot + "-02-assigned");

        // A filter nothing matches says so, with a way back to every row.
        await page.GotoAsync($"{session.BaseUrl}{path}?q={Uri.EscapeDataString(prefix + "没有这条")}");
        (await page.InnerTextAsync("[data-testid=empty-state]")).Should().Contain("没有符合条件的记录");
        await page.ClickAsync("[data-testid=clear-filters]");
        await page.WaitForURLAsync(url => !url.Contains("q=", StringComparison.Ordinal));
        (await page.IsVisibleAsync("[data-testid=empty-state]")).Should().BeFalse();
    }

    private async Task<Guid> Post(IPage page, string path, object body)
    {
        var response = await page.APIRequest.PostAsync(session.BaseUrl + path, new APIRequestContextOptions { DataObject = body });
        response.Status.Should().Be(201, await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("id").GetGuid();
    }
}
