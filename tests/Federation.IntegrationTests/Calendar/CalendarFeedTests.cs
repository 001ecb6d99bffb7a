using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;
using Ical.Net.CalendarComponents;

namespace Federation.IntegrationTests.Calendar;

/// <summary>
/// A user's iCal feed: read by a calendar app without signing in, by the token alone; it shows
/// what its owner may see at the moment it is read and stops when revoked or when the owner is disabled.
/// </summary>
public sealed class CalendarFeedTests
{
    [Fact]
    public async Task A_feed_parses_as_icalendar_with_the_owners_entries_as_whole_days_and_stable_uids_and_nothing_of_another_branch()
    {
        using var factory = new FederationFactory().WithClock(MovableClock.AtChinaTime(new DateTime(2023, 3, 20, 9, 0, 0)));
        var federation = await TestFederation.Create(factory);
        await CalendarTests.Dated(federation, federation.BranchA, "甲");
        await CalendarTests.Dated(federation, federation.BranchB, "乙");
        var staff = await federation.User(federation.BranchA, "branch-staff");
        var url = await FeedUrl(staff, "zh-CN");

        var calendar = await Read(factory, url);
        var conference = calendar.Events.Single(e => e.Summary == "[招商引资] 甲招商大会");
        conference.DtStart!.Date.Should().Be(new DateOnly(2023, 3, 10));
        conference.DtStart.HasTime.Should().BeFalse("entries are whole days");
        conference.DtEnd!.Date.Should().Be(new DateOnly(2023, 3, 12), "DTEND is the day after the last day");
        conference.Location.Should().Be("中山 中山国际会展中心");
        conference.Url!.AbsolutePath.Should().StartWith("/investment/events/");
        calendar.Events.Should().Contain(e => e.Summary!.EndsWith("跟进项目：甲日历项目") && e.DtStart!.Date == new DateOnly(2023, 3, 15));
        calendar.Events.Should().NotContain(e => e.Summary!.Contains('乙'), "the feed shows only the owner's subtree");

        var again = await Read(factory, url);
        again.Events.Select(e => e.Uid).Should().BeEquivalentTo(calendar.Events.Select(e => e.Uid), "a re-sync updates rather than doubles");
    }

    [Fact]
    public async Task An_english_feed_is_written_in_english()
    {
        using var factory = new FederationFactory().WithClock(MovableClock.AtChinaTime(new DateTime(2023, 3, 20, 9, 0, 0)));
        var federation = await TestFederation.Create(factory);
        await CalendarTests.Dated(federation, federation.BranchA, "甲");
        var staff = await federation.User(federation.BranchA, "branch-staff");

        var calendar = await Read(factory, await FeedUrl(staff, "en"));

        calendar.Events.Should().Contain(e => e.Summary == "[Investment] Follow up project: 甲日历项目");
        calendar.Events.Should().Contain(e => e.Summary == "[Enterprise services] Campaign ends: 甲服务行动");
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_and_a_disabled_owners_token_get_401()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var staff = await federation.User(federation.BranchA, "branch-staff");
        var anonymous = factory.CreateClient();

        var first = await (await staff.PostAsJsonAsync("/api/calendar/feeds", new { language = "zh-CN" })).ShouldBe(HttpStatusCode.Created);
        var firstUrl = first.GetProperty("url").GetString()!;
        (await anonymous.GetAsync(firstUrl)).StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await anonymous.GetAsync(firstUrl);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");

        (await staff.DeleteAsync($"/api/calendar/feeds/{first.Id()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(firstUrl)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/calendar/feed/cal_nothing-of-the-kind.ics")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/calendar/feed/fed_not-a-feed.ics")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var second = await (await staff.PostAsJsonAsync("/api/calendar/feeds", new { })).ShouldBe(HttpStatusCode.Created);
        var feeds = await (await staff.GetAsync("/api/calendar/feeds")).ShouldBe(HttpStatusCode.OK);
        feeds.EnumerateArray().Should().HaveCount(2);
        feeds.EnumerateArray().Single(f => f.Id() == first.Id()).GetProperty("url").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        feeds.EnumerateArray().Single(f => f.Id() == second.Id()).GetProperty("url").GetString().Should().Be(second.GetProperty("url").GetString());
        var otherUser = await federation.User(federation.BranchA, "branch-staff");
        (await otherUser.DeleteAsync($"/api/calendar/feeds/{second.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a link is its owner's alone");

        var audit = await (await federation.Admin.GetAsync("/api/admin/audit?pageSize=200")).ShouldBe(HttpStatusCode.OK);
        audit.GetProperty("items").EnumerateArray().Should().Contain(a => a.GetProperty("entityType").GetString() == "CalendarFeed"
            && a.GetProperty("changes").ToString().Contains("RevokedAtUtc", StringComparison.OrdinalIgnoreCase), "revoking a link is audited");

        var me = await (await staff.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        var account = await (await federation.Admin.GetAsync($"/api/admin/users/{me.Id()}")).ShouldBe(HttpStatusCode.OK);
        await (await federation.Admin.PutAsJsonAsync($"/api/admin/users/{me.Id()}", new
        {
            displayName = "测试用户", organisationId = federation.BranchA, roles = new[] { "branch-staff" }, disabled = true,
            version = account.GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync(second.GetProperty("url").GetString()!)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a disabled user's feed stops");
    }

    private static async Task<string> FeedUrl(HttpClient owner, string language)
    {
        var feed = await (await owner.PostAsJsonAsync("/api/calendar/feeds", new { language })).ShouldBe(HttpStatusCode.Created);
        return feed.GetProperty("url").GetString()!;
    }

    private static async Task<Ical.Net.Calendar> Read(FederationFactory factory, string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
