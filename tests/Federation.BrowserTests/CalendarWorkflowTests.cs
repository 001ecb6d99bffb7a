using System.Text.RegularExpressions;

namespace Federation.BrowserTests;

/// <summary>
/// A clerk opens the calendar, goes through its month, week and list views, keeps one work line,
/// reads it on a phone's width, and makes a feed link for a calendar app, then revokes it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CalendarWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_calendar_switches_views_filters_by_work_line_and_makes_and_revokes_a_feed_link(string language)
    {
        var english = language == "en";
        var page = await session.SignedIn();
        await page.GotoAsync($"{session.BaseUrl}/calendar?date=2023-03-15");
        if (english)
        {
            await page.ClickAsync("[data-testid=switch-language]");
            await page.WaitForSelectorAsync("h1:text('Calendar')");
        }
        (await page.InnerTextAsync("h1")).Should().Be(english ? "Calendar" : "日历");
        (await page.InnerTextAsync("[data-testid=calendar-month]")).Should().Contain(english ? "Mon" : "周一");
        (await page.QuerySelectorAllAsync("[data-testid=calendar-month] [data-testid=calendar-entry]")).Should().NotBeEmpty("the demo has March's visits");
        await BrowserSession.Screenshot(page, $"60-calendar-month-{language}");

        await page.ClickAsync("[data-testid=view-week]");
        await page.WaitForSelectorAsync("[data-testid=calendar-week]");
        (await page.InnerTextAsync("[data-testid=calendar-range]")).Should().Contain("2023-03-13");

        await page.ClickAsync("[data-testid=view-list]");
        await page.WaitForSelectorAsync("[data-testid=calendar-list]");
        await page.SelectOptionAsync("#Module", "Enterprises");
        await page.WaitForURLAsync(new Regex("module=Enterprises"));
        var modules = await page.EvalOnSelectorAllAsync<string[]>("[data-testid=calendar-entry]", "entries => entries.map(e => e.dataset.module)");
        modules.Should().NotBeEmpty().And.OnlyContain(m => m == "Enterprises");
        (await page.InnerTextAsync("[data-testid=calendar-list]")).Should().Contain(english ? "Visit" : "走访");

        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "the list view fits a phone");
        await BrowserSession.Screenshot(page, $"61-calendar-list-390-{language}");
        await page.SetViewportSizeAsync(1280, 900);

        await page.ClickAsync("[data-testid=feed-create]");
        await page.WaitForSelectorAsync("[data-testid=feed-url]");
        var url = await page.InputValueAsync("[data-testid=feed-url]");
        url.Should().Contain("/api/calendar/feed/cal_");
        var feed = await page.APIRequest.GetAsync(url);
        feed.Status.Should().Be(200);
        (await feed.TextAsync()).Should().Contain("BEGIN:VCALENDAR");
        await BrowserSession.Screenshot(page, $"62-calendar-feed-{language}");

        // Revoking asks first, naming what happens; the clerk accepts.
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };
        await page.ClickAsync("[data-testid=feed-revoke]");
        await page.WaitForSelectorAsync("[data-testid=feed-create]");
        asked.Should().NotBeNullOrEmpty("revoking a feed link asks first");
        (await page.APIRequest.GetAsync(url)).Status.Should().Be(401);

        if (english)
        {
            await page.ClickAsync("[data-testid=switch-language]");
            await page.WaitForSelectorAsync("h1:text('日历')");
        }
    }
}
