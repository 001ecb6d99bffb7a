using System.Text.RegularExpressions;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>A clerk presses "/" on any page, types a few words of a demo project and opens it from the grouped results, in Chinese and in English.</summary>
[Trait("Category", "Browser")]
public sealed class SearchWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Slash_focuses_the_search_box_and_a_grouped_hit_opens_its_record_in_both_languages()
    {
        var page = await session.SignedIn();
        await SearchFromTheShell(page, "生物医药研发", "招商引资", "招商项目");
        await BrowserSession.Screenshot(page, "50-search-results-zh");
        await OpenTheFirstProject(page);

        await page.ClickAsync("[data-testid=switch-language]");
        await page.WaitForSelectorAsync("html[lang=en]");
        await SearchFromTheShell(page, "生物医药研发", "Investment", "Project");
        await BrowserSession.Screenshot(page, "51-search-results-en");
        await OpenTheFirstProject(page);
    }

    [Fact]
    public async Task Each_work_line_has_a_demo_record_found_and_a_branch_officer_never_sees_the_citys_in_english()
    {
        var page = await session.SignedIn();
        await ExpectHit(page, "何雅婷", "Talent", "人才");
        await ExpectHit(page, "联昌电器", "Enterprises", "企业");
        await ExpectHit(page, "灯饰", "Trade", "海外订单");

        var admin = await session.Factory.Admin();
        var organisations = await (await admin.GetAsync("/api/admin/organisations")).ShouldBe(System.Net.HttpStatusCode.OK);
        var city = organisations.EnumerateArray().First(o => o.GetProperty("parentId").ValueKind == System.Text.Json.JsonValueKind.Null).Id();
        var branch = organisations.EnumerateArray().First(o => o.GetProperty("parentId").ValueKind != System.Text.Json.JsonValueKind.Null).Id();
        await WorkspaceHomeTests.CreateUser(admin, "search.branch", "搜索镇街干事", branch, "branch-staff");
        foreach (var (name, owner) in new[] { ("范围测试市级光伏项目", city), ("范围测试镇街光伏项目", branch) })
            await (await admin.PostAsJsonAsync("/api/investment/projects", new
            {
                name, investorName = "某新能源集团", investorKind = "organisation", industry = "新能源", amountYuan = 80_000_000m,
                stage = "negotiating", stageDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5).ToString("yyyy-MM-dd"),
                town = "石岐", responsibleStaff = "搜索镇街干事", organisationId = owner,
            })).ShouldBe(System.Net.HttpStatusCode.Created);

        var officer = await session.SignedIn("search.branch", WorkspaceHomeTests.Password);
        await officer.ClickAsync("[data-testid=switch-language]");
        await officer.WaitForSelectorAsync("html[lang=en]");
        await ExpectHit(officer, "范围测试光伏项目", "Investment", "Project");
        var hits = await officer.Locator("[data-testid=search-hit-link]").AllInnerTextsAsync();
        hits.Should().Contain(h => h.Contains("范围测试镇街光伏项目")).And.NotContain(h => h.Contains("范围测试市级光伏项目"),
            "the city's project is outside the branch officer's organisation");
        await BrowserSession.Screenshot(officer, "52-search-branch-en");
    }

    // Searches from the results page until the module's group holds a hit of the kind (new records reach the index within moments).
    private async Task ExpectHit(IPage page, string words, string module, string kind)
    {
        var group = page.Locator($"[data-testid=search-group][data-module={module}]");
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/search?q={Uri.EscapeDataString(words)}");
            if (await group.CountAsync() > 0) break;
            await Task.Delay(1000);
        }
        (await group.Locator("[data-testid=search-hit] .badge").AllInnerTextsAsync()).Should().Contain(kind);
    }

    private async Task SearchFromTheShell(IPage page, string words, string groupTitle, string kind)
    {
        // The demo's events are still being delivered just after start: ask again until the project is indexed.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/");
            await page.Keyboard.PressAsync("/");
            (await page.EvaluateAsync<bool>("document.activeElement === document.querySelector('[data-search-shortcut]')")).Should().BeTrue();
            // Chinese arrives whole from an input method, not key by key.
            await page.Keyboard.InsertTextAsync(words);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new Regex("/search\\?q="));
            if (await page.Locator("[data-testid=search-group][data-module=Investment]").CountAsync() > 0) break;
            await Task.Delay(1000);
        }
        var group = page.Locator("[data-testid=search-group][data-module=Investment]");
        (await group.Locator("h2").InnerTextAsync()).Should().Contain(groupTitle);
        (await group.Locator("[data-testid=search-hit] .badge").First.InnerTextAsync()).Should().Be(kind);
        (await page.InputValueAsync("[data-testid=shell-search-box]")).Should().Be(words);
    }

    private static async Task OpenTheFirstProject(IPage page)
    {
        var first = page.Locator("[data-testid=search-group][data-module=Investment] [data-testid=search-hit-link]").First;
        var title = await first.InnerTextAsync();
        title.Should().Contain("生物医药");
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex("/investment/projects/[0-9a-f-]{36}$"));
        (await page.InnerTextAsync("h1")).Should().Contain("生物医药");
    }
}
