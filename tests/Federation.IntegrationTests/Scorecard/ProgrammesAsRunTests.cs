using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>Programmes as federations run them: with no end date, over several years, launched at an event, with numbered actions.</summary>
public sealed class ProgrammesAsRunTests
{
    private const string YouthSession = "侨助高质量发展大会·侨青专场";

    [Fact]
    public async Task An_open_ended_programme_counts_its_yearly_target_in_a_later_year_and_is_listed_as_running()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var body = Programme("investment.projects-signed", 10m, "2036-01-01", null);
        var created = await (await admin.PostAsJsonAsync("/api/scorecard/programmes", body)).ShouldBe(HttpStatusCode.Created);
        created.GetProperty("endsOn").ValueKind.Should().Be(JsonValueKind.Null);
        await Sign(admin, "2039-03-01");

        var figures = await Eventually.Within(TimeSpan.FromSeconds(15), () => ScorecardRequests.Read(admin, "/api/scorecard/2039"),
            f => ScorecardRequests.Kpis(f)["investment.projects-signed"] == 1);

        var target = figures.GetProperty("targets").EnumerateArray().Single();
        target.GetProperty("programmeId").GetGuid().Should().Be(created.Id());
        target.GetProperty("target").GetDecimal().Should().Be(10, "the yearly target applies to each year it runs");
        target.GetProperty("actual").GetDecimal().Should().Be(1);
        (await ScorecardRequests.Read(admin, "/api/scorecard/2035")).GetProperty("targets").GetArrayLength().Should().Be(0, "it starts in 2036");
        (await (await admin.GetAsync("/api/scorecard/programmes?year=2050")).Body()).EnumerateArray().Select(p => p.Id())
            .Should().Equal(created.Id());
        var page = await PageClient.Admin(factory);
        (await page.Get("/scorecard/programmes")).TestId("programmes").TextContent.Should().Contain("2036-01-01 起，长期开展");
    }

    [Fact]
    public async Task A_programme_of_2022_to_2023_counts_its_yearly_target_in_both_years_and_not_after()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/scorecard/programmes",
            Programme("investment.projects-signed", 2m, "2022-01-01", "2023-12-31"))).ShouldBe(HttpStatusCode.Created);
        await Sign(admin, "2022-05-10");
        await Sign(admin, "2023-02-26");

        foreach (var year in new[] { 2022, 2023 })
        {
            var figures = await Eventually.Within(TimeSpan.FromSeconds(15), () => ScorecardRequests.Read(admin, $"/api/scorecard/{year}"),
                f => ScorecardRequests.Kpis(f)["investment.projects-signed"] == 1);
            var target = figures.GetProperty("targets").EnumerateArray().Single();
            target.GetProperty("programmeId").GetGuid().Should().Be(created.Id());
            target.GetProperty("target").GetDecimal().Should().Be(2, $"{year} is one of its years");
            target.GetProperty("actual").GetDecimal().Should().Be(1);
        }
        var both = (await ScorecardRequests.Read(admin, "/api/scorecard?from=2022-01-01&to=2023-12-31")).GetProperty("targets").EnumerateArray().Single();
        both.GetProperty("target").GetDecimal().Should().Be(4, "two years of two");
        both.GetProperty("actual").GetDecimal().Should().Be(2);
        (await ScorecardRequests.Read(admin, "/api/scorecard/2024")).GetProperty("targets").GetArrayLength().Should().Be(0, "it ended in 2023");
    }

    [Fact]
    public async Task A_programme_launched_at_an_event_keeps_its_actions_in_order_and_its_page_shows_both_in_either_language()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var eventId = Guid.NewGuid();
        var body = Programme("investment.projects-signed", 10m, "2023-08-18", null);
        body["launchedAtEventId"] = eventId;
        body["launchedAt"] = YouthSession;
        body["actions"] = new[]
        {
            new { title = "举办侨助高质量发展大会", description = (string?)"每年举办三场" },
            new { title = "台账式跟进意向项目", description = (string?)null },
            new { title = "以侨助贸", description = (string?)null },
        };
        var created = await (await admin.PostAsJsonAsync("/api/scorecard/programmes", body)).ShouldBe(HttpStatusCode.Created);

        var read = await (await admin.GetAsync($"/api/scorecard/programmes/{created.Id()}")).ShouldBe(HttpStatusCode.OK);
        read.GetProperty("launchedAtEventId").GetGuid().Should().Be(eventId);
        read.GetProperty("launchedAt").GetString().Should().Be(YouthSession);
        Titles(read).Should().Equal("举办侨助高质量发展大会", "台账式跟进意向项目", "以侨助贸");
        read.GetProperty("actions")[0].GetProperty("description").GetString().Should().Be("每年举办三场");

        body["version"] = created.GetProperty("version").GetInt32();
        body["actions"] = new[] { new { title = "以侨助贸" }, new { title = "举办侨助高质量发展大会" } };
        Titles(await (await admin.PutAsJsonAsync($"/api/scorecard/programmes/{created.Id()}", body)).ShouldBe(HttpStatusCode.OK))
            .Should().Equal("以侨助贸", "举办侨助高质量发展大会");

        var browser = await PageClient.Admin(factory);
        var page = await browser.Get($"/scorecard/programmes/{created.Id()}");
        page.TestId("programme-launched-at").TextContent.Trim().Should().Be($"于「{YouthSession}」发布");
        page.TestId("programme-period").TextContent.Should().Be("2023-08-18 起，长期开展");
        page.Document.QuerySelectorAll("[data-testid='programme-actions'] > li").Select(li => li.TextContent.Trim())
            .Should().Equal("以侨助贸", "举办侨助高质量发展大会");
        var english = await browser.Submit(page.Document, "form[action='/language']");
        english.TestId("programme-launched-at").TextContent.Trim().Should().Be($"Launched at {YouthSession}");
        english.TestId("programme-period").TextContent.Should().Be("From 2023-08-18, open-ended");
    }

    [Fact]
    public async Task On_the_page_an_admin_launches_a_programme_at_a_recorded_conference_and_numbers_its_actions()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var conference = InvestmentRequests.Event();
        conference["title"] = YouthSession;
        conference["startDate"] = conference["endDate"] = "2037-08-18";
        conference["isFlagship"] = true;
        var held = (await (await admin.PostAsJsonAsync("/api/investment/events", conference)).ShouldBe(HttpStatusCode.Created)).Id();
        var browser = await PageClient.Admin(factory);

        // The scorecard knows the conference from its own facts, which arrive a moment after the event is saved.
        var form = await Eventually.Within(TimeSpan.FromSeconds(15), () => browser.Get("/scorecard/programmes/edit"),
            p => p.Document.QuerySelector($"select[name='Form.LaunchedAtEventId'] option[value='{held}']") is not null);
        var saved = await browser.Submit(form.Document, "[data-testid='programme-form']",
            ("Form.NameZh", "中山市侨青联助力高质量发展十大行动"), ("Form.NameEn", "Ten actions of the youth federation"),
            ("Form.StartsOn", "2037-08-18"), ("Form.OwningDepartment", "侨青联秘书处"), ("Form.LaunchedAtEventId", held.ToString()),
            ("Form.Actions[0].Title", "青年侨商引荐行动"), ("Form.Actions[1].Title", "青年人才回流行动"), ("Form.Actions[1].Description", "联络海外青年侨胞"));

        saved.Path.Should().Be("/scorecard/programmes");
        var programme = (await (await admin.GetAsync("/api/scorecard/programmes")).Body()).EnumerateArray().Single();
        programme.GetProperty("launchedAtEventId").GetGuid().Should().Be(held);
        programme.GetProperty("launchedAt").GetString().Should().Be(YouthSession, "the conference chosen names the launch");
        programme.GetProperty("endsOn").ValueKind.Should().Be(JsonValueKind.Null, "no end date was given");
        Titles(programme).Should().Equal("青年侨商引荐行动", "青年人才回流行动");
        programme.GetProperty("actions")[1].GetProperty("description").GetString().Should().Be("联络海外青年侨胞");
    }

    public static TheoryData<string, string> Mistakes() => new()
    {
        { "51 actions", "actions" },
        { "a blank action title", "actions[0].title" },
        { "an end before the start", "endsOn" },
        { "an event id without its title", "launchedAt" },
        { "an event title of 201 characters", "launchedAt" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_programme_with_bad_actions_dates_or_launch_is_a_400_problem_naming_the_field_and_writes_nothing(string mistake, string field)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var body = Programme("investment.projects-signed", 10m, "2023-01-01", null);
        switch (mistake)
        {
            case "51 actions": body["actions"] = Enumerable.Range(1, 51).Select(i => new { title = $"第{i}项行动" }).ToArray(); break;
            case "a blank action title": body["actions"] = new[] { new { title = "  " } }; break;
            case "an end before the start": body["endsOn"] = "2022-12-31"; break;
            case "an event id without its title": body["launchedAtEventId"] = Guid.NewGuid(); break;
            default: body["launchedAt"] = new string('会', 201); break;
        }

        var response = await admin.PostAsJsonAsync("/api/scorecard/programmes", body);

        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var refused = await response.ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal([field], refused.ToString());
        (await (await admin.GetAsync("/api/scorecard/programmes")).Body()).GetArrayLength().Should().Be(0);
    }

    private static Dictionary<string, object?> Programme(string kpiKey, decimal yearlyTarget, string startsOn, string? endsOn)
    {
        var body = ScorecardRequests.Programme();
        body["startsOn"] = startsOn;
        body["endsOn"] = endsOn;
        body["targets"] = new[] { new { kpiKey, yearlyTarget } };
        return body;
    }

    private static async Task Sign(HttpClient admin, string on)
    {
        var project = InvestmentRequests.Project();
        project["stageDate"] = on;
        await (await admin.PostAsJsonAsync("/api/investment/projects", project)).ShouldBe(HttpStatusCode.Created);
    }

    private static IEnumerable<string?> Titles(JsonElement programme) =>
        programme.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());
}
