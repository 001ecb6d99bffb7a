using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// A reader whose browser asks for English gets English on the first visit and keeps Chinese once
/// chosen; every page of every work line and the platform speaks one language only, and the top
/// bar stays one row on a 1280 px laptop in both.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class LanguageWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>
    /// Latin words the Chinese UI may show: product and format names, units and codes that staff
    /// read as they are. The one place this list lives.
    /// </summary>
    private static readonly HashSet<string> LatinAllowedInChinese = new(StringComparer.OrdinalIgnoreCase)
    {
        "English", "Excel", "xlsx", "csv", "iCal", "ics", "API", "OpenAPI", "Scalar", "JSON", "PDF", "URL", "KPI",
        "PhD", "OIDC", "SMTP", "HTTP", "HTTPS", "ID", "USD", "EUR", "HKD", "MOP", "GBP", "JPY", "CNY", "RMB",
        "Word", "Enter", "Tab", "Esc", "Ctrl",
    };

    /// <summary>Han characters the English UI may show: the switch back to Chinese, named in Chinese.</summary>
    private static readonly HashSet<string> HanAllowedInEnglish = ["中文"];

    /// <summary>
    /// What users entered is not the UI's to translate: table cells of records, options listing
    /// records or people, and anything a shared partial marks data-user-text (names, titles, notes).
    /// </summary>
    private const string UserText = "td, option, [data-user-text], code, pre, input, textarea, script, style, svg";

    [Fact]
    public async Task A_first_visit_follows_the_browser_language_and_the_switch_is_remembered_over_it()
    {
        var page = await session.SignedIn(locale: "en-US");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("en", "the browser asked for English");
        (await page.InnerTextAsync("[data-testid=switch-language]")).Should().Be("中文");

        await page.ClickAsync("[data-testid=switch-language]");
        await page.WaitForSelectorAsync("html[lang=zh-CN]");
        await page.GotoAsync($"{session.BaseUrl}/calendar");
        (await page.GetAttributeAsync("html", "lang")).Should().Be("zh-CN", "the switch is remembered over the browser's English");
        (await page.InnerTextAsync("h1")).Should().Be("日历");
    }

    // Skipped until the walk's leaks are fixed page by page: run it to list them all (one per line).
    [Theory(Skip = "the walk still finds leaks in work-line pages (e.g. board card titles in en); see ADR 0027")]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Every_main_page_speaks_one_language(string language)
    {
        var english = language == "en";
        var page = await session.SignedIn(locale: english ? "en-US" : "zh-CN");
        await page.SetViewportSizeAsync(1440, 900);
        var leaks = new List<string>();
        foreach (var path in await PagesToWalk(page))
        {
            var response = await page.GotoAsync($"{session.BaseUrl}{path}");
            if (response is null || response.Status >= 400) continue;
            var texts = await page.EvaluateAsync<string[]>(VisibleTextsScript, UserText);
            foreach (var text in texts)
                if ((english ? HanOutsideAllowList(text) : LatinOutsideAllowList(text)) is { } word)
                    leaks.Add($"{path}: “{word}” in “{text}”");
        }
        string.Join("\n", leaks.Distinct()).Should().BeEmpty(english ? "the English UI shows no Chinese beyond names users entered"
            : "the Chinese UI shows no English beyond the allow-list");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_top_bar_is_one_row_at_1280(string language)
    {
        var page = await session.SignedIn(locale: language == "en" ? "en-US" : "zh-CN");
        await page.SetViewportSizeAsync(1280, 900);
        foreach (var path in new[] { "/", "/scorecard" })
        {
            await page.GotoAsync($"{session.BaseUrl}{path}");
            var height = await page.EvaluateAsync<double>("document.querySelector('nav.navbar').getBoundingClientRect().height");
            var row = await page.EvaluateAsync<double>("document.querySelector('[data-testid=switch-language]').getBoundingClientRect().height");
            await BrowserSession.Screenshot(page, $"90-header-1280-{language}{path.Replace('/', '-')}");
            height.Should().BeLessThan(row * 2 + 24, "the top bar of {0} stays one row at 1280 px", path);
        }
    }

    /// <summary>Every menu entry, plus the first record and the first new-record form each list links to.</summary>
    private async Task<IReadOnlyList<string>> PagesToWalk(IPage page)
    {
        await page.GotoAsync($"{session.BaseUrl}/");
        var menu = await page.EvalOnSelectorAllAsync<string[]>("nav .dropdown-menu a[href^='/']", "links => links.map(a => a.getAttribute('href'))");
        var paths = new List<string> { "/", "/calendar", "/search?q=%E4%B8%AD%E5%B1%B1", "/scorecard", "/notifications", "/account/password" };
        paths.AddRange(menu);
        foreach (var list in menu.Distinct().ToList())
        {
            await page.GotoAsync($"{session.BaseUrl}{list}");
            var more = await page.EvaluateAsync<string[]>("""
                () => [document.querySelector("main td a[href^='/']"), document.querySelector("main a[href$='/new']")]
                    .filter(a => a).map(a => a.getAttribute('href'))
                """);
            paths.AddRange(more);
        }
        return paths.Distinct().ToList();
    }

    private const string VisibleTextsScript = """
        skip => {
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                const element = node.parentElement;
                if (!text || !element || element.closest(skip)) continue;
                if (!element.checkVisibility({ visibilityProperty: true }) && !element.closest('.dropdown-menu')) continue;
                texts.push(text);
            }
            for (const element of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
                if (element.closest(skip) && !element.matches('input, textarea')) continue;
                for (const name of ['placeholder', 'title', 'aria-label'])
                    if (element.getAttribute(name)) texts.push(element.getAttribute(name).trim());
            }
            texts.push(document.title);
            return texts;
        }
        """;

    private static string? LatinOutsideAllowList(string text)
    {
        var cleaned = Codes().Replace(text, " ");
        return LatinWord().Matches(cleaned).Select(m => m.Value).FirstOrDefault(w => !LatinAllowedInChinese.Contains(w));
    }

    private static string? HanOutsideAllowList(string text) =>
        HanRun().Matches(text).Select(m => m.Value).FirstOrDefault(w => !HanAllowedInEnglish.Contains(w));

    /// <summary>E-mail addresses, URLs, file names and identifiers (letters joined to digits or dots) are codes, not words.</summary>
    [GeneratedRegex(@"\S+@\S+|\b\w+://\S+|/\S*|\b[\w.-]*\d[\w.-]*\b|\b\w+\.\w+\b|\b[a-z]+(_[a-z]+)+\b")]
    private static partial Regex Codes();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex HanRun();
}
