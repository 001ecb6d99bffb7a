using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// A reader whose browser asks for English gets English on the first visit and keeps Chinese once
/// chosen; every page of every work line and the platform speaks one language only, and the top
/// bar stays one row on a 1280 px laptop in both.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class LanguageWorkflowTests(DropInBrowserSession session) : IClassFixture<DropInBrowserSession>
{
    /// <summary>
    /// Latin words the Chinese UI may show: product and format names, units and codes that staff
    /// read as they are. The one place this list lives.
    /// </summary>
    private static readonly HashSet<string> LatinAllowedInChinese = new(StringComparer.OrdinalIgnoreCase)
    {
        "English", "Excel", "xlsx", "csv", "iCal", "ics", "API", "OpenAPI", "Scalar", "JSON", "PDF", "URL", "KPI",
        "PhD", "OIDC", "SMTP", "HTTP", "HTTPS", "ID", "USD", "EUR", "HKD", "MOP", "GBP", "JPY", "CNY", "RMB",
        "Word", "Enter", "Tab", "Esc", "Ctrl", "KB", "MB",
    };

    /// <summary>Han characters the English UI may show: the switch back to Chinese, named in Chinese.</summary>
    private static readonly HashSet<string> HanAllowedInEnglish = ["中文"];

    /// <summary>
    /// What users entered is not the UI's to translate: what a page marks data-user-text (names,
    /// titles, notes, towns — a table cell, a list of records' options or one span in a sentence),
    /// codes, and what the reader types. Everything else, table cells and options of fixed lists
    /// included, is the UI's own.
    /// </summary>
    private const string UserText = "[data-user-text], code, pre, input, textarea, script, style, svg";

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

    // A leak is listed one per line as "path: word in text", to fix at its source.
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Every_main_page_speaks_one_language(string language)
    {
        var english = language == "en";
        await ARightsCase();
        var page = await session.SignedIn(locale: english ? "en-US" : "zh-CN");
        await page.SetViewportSizeAsync(1440, 900);
        var leaks = new List<string>();
        foreach (var path in await PagesToWalk(page))
        {
            var response = await page.GotoAsync($"{session.BaseUrl}{path}");
            if (response is null || response.Status >= 400) continue;
            var texts = await page.EvaluateAsync<string[]>(VisibleTextsScript, UserText);
            foreach (var text in texts)
                if ((english ? HanOutsideAllowList(text) ?? EnglishMisreading(text) : LatinOutsideAllowList(text) ?? ChineseMisreading(text)) is { } word)
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

    /// <summary>The drop-in work line has no demo data: one case gives its list a record to open.</summary>
    private async Task ARightsCase()
    {
        var admin = await session.Factory.Admin();
        var cases = await (await admin.GetAsync("/api/rights/cases")).ShouldBe(HttpStatusCode.OK);
        if (cases.GetProperty("total").GetInt32() > 0) return;
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "甲侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "祖屋被占用",
            town = "石岐", receivedOn = "2023-03-08", organisationId = me.GetProperty("organisationId").GetGuid(),
        })).ShouldBe(HttpStatusCode.Created);
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
            // A title or label may name a record the page shows marked (“Move ‘X’ to”, “X · platform”):
            // what remains once those names are taken out must still be the page's language.
            const names = [...document.querySelectorAll('[data-user-text]')].map(e => e.textContent.trim())
                .filter(n => n).sort((a, b) => b.length - a.length);
            const withoutNames = text => names.reduce((t, n) => t.split(n).join(' '), text).trim();
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
                    if (element.getAttribute(name)) texts.push(withoutNames(element.getAttribute(name)));
            }
            texts.push(withoutNames(document.title));
            return texts;
        }
        """;

    private static string? LatinOutsideAllowList(string text)
    {
        var cleaned = Codes().Replace(text, " ");
        return LatinWord().Matches(cleaned).Select(m => m.Value).FirstOrDefault(w => !LatinAllowedInChinese.Contains(w));
    }

    /// <summary>Counts and money the English UI gets wrong: "1 items", "3 item", "350000000 yuan".</summary>
    private static string? EnglishMisreading(string text) =>
        (OnePlural().Match(text) is { Success: true } one ? one.Value : null)
        ?? (ManySingular().Match(text) is { Success: true } many ? many.Value : null)
        ?? (YuanInDigits().Match(text) is { Success: true } yuan ? yuan.Value : null);

    /// <summary>Money the Chinese UI writes in digits beyond 万: 350000000元 reads 3.5亿元.</summary>
    private static string? ChineseMisreading(string text) =>
        FenInDigits().Match(text) is { Success: true } yuan ? yuan.Value : null;

    private static string? HanOutsideAllowList(string text) =>
        HanRun().Matches(text).Select(m => m.Value).FirstOrDefault(w => !HanAllowedInEnglish.Contains(w));

    /// <summary>
    /// E-mail addresses, URLs, file names and extensions (.png), identifiers (letters joined to
    /// digits or dots) and a currency's code before its amount (THB 24,000,000.00) are codes, not words.
    /// </summary>
    [GeneratedRegex(@"\b[A-Z]{3} (?=[\d,]+\.\d\d\b)|\S+@\S+|\b\w+://\S+|/\S*|\b[\w.-]*\d[\w.-]*\b|\b\w+\.\w+\b|(?<!\w)\.[a-z]+\b|\b[a-z]+(_[a-z]+)+\b")]
    private static partial Regex Codes();

    [GeneratedRegex(@"(?<![\d.,])\b1 (items|days|records|times|people|persons|projects|enterprises|events|talents|letters|orders|tours|visits|concerns|sessions|measures|hours|minutes|weeks|months|years|rows|cases|results|comments|files)\b")]
    private static partial Regex OnePlural();

    [GeneratedRegex(@"\b(0|[2-9]|[1-9][\d,]+) (item|day|record|time|person|project|enterprise|event|talent|letter|order|tour|visit|concern|session|measure|hour|minute|week|month|year|row|case|result|comment|file)\b")]
    private static partial Regex ManySingular();

    /// <summary>
    /// A million yuan or more written out in digits, where English reads "350 million yuan"; an exact
    /// amount to the fen (a currency conversion's result, 6,259,600.00 yuan) is meant to be exact.
    /// </summary>
    [GeneratedRegex(@"\b\d{1,3}(,\d{3}){2,}(?!\.\d\d\b)(\.\d+)? yuan|\b\d{7,}(?!\.\d\d\b)(\.\d+)? yuan")]
    private static partial Regex YuanInDigits();

    [GeneratedRegex(@"(?<![\d.,])\d{5,}(\.\d+)?元|\d{1,3}(,\d{3})+(\.\d+)?元")]
    private static partial Regex FenInDigits();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex HanRun();
}
