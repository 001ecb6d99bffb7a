using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Calendar;

/// <summary>The calendar page draws the same entries as the API in its three views, and its feed link is made and revoked there.</summary>
public sealed class CalendarPageTests
{
    [Fact]
    public async Task The_month_week_and_list_views_show_the_entries_with_today_marked_and_the_module_filter_narrows_them()
    {
        using var factory = new FederationFactory().WithClock(MovableClock.AtChinaTime(new DateTime(2023, 3, 12, 9, 0, 0)));
        var federation = await TestFederation.Create(factory);
        await CalendarTests.Dated(federation, federation.BranchA, "甲");
        var browser = await PageClient.Admin(factory);

        var month = await browser.Get("/calendar");
        month.Status.Should().Be(HttpStatusCode.OK);
        month.TestId("calendar-month").TextContent.Should().Contain("甲招商大会").And.Contain("甲华商行");
        month.TestId("today").GetAttribute("data-date").Should().Be("2023-03-12");
        month.TestId("today").TextContent.Should().Contain("甲人才沙龙");

        var week = await browser.Get("/calendar?view=week&date=2023-03-10");
        week.TestId("calendar-range").TextContent.Should().Be("2023-03-06 至 2023-03-12");
        week.All("calendar-entry").Select(e => e.TextContent).Should().Contain("甲招商大会").And.NotContain("甲华商行");

        var list = await browser.Get("/calendar?view=list&module=trade&culture=en");
        list.All("calendar-entry").Should().NotBeEmpty().And.OnlyContain(e => e.GetAttribute("data-module") == "Trade");
        list.Text.Should().Contain("Calendar feed link").And.NotContain("日历订阅链接");

        var refused = await browser.Get("/calendar?module=astrology");
        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Text.Should().Contain("没有这个工作线");
    }

    [Fact]
    public async Task A_user_makes_a_feed_link_on_the_calendar_page_and_revokes_it()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var browser = await PageClient.Admin(factory);

        var page = await browser.Get("/calendar");
        var made = await browser.Submit(page.Document, "[data-testid='calendar-feed'] form", ("language", "en"));
        var url = made.TestId("feed-url").GetAttribute("value")!;
        url.Should().Contain("/api/calendar/feed/cal_");
        (await factory.CreateClient().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);

        var revoked = await browser.Submit(made.Document, "[data-testid='calendar-feed'] form");
        revoked.All("feed-url").Should().BeEmpty();
        (await factory.CreateClient().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
