using System.Text.RegularExpressions;
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
