using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>Work-line records tagged with a programme count towards a programme that counts tagged work only.</summary>
public sealed class ProgrammeTaggingTests
{
    [Fact]
    public async Task Only_tagged_events_count_towards_a_tagged_only_programme_and_its_breakdown()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var programme = ScorecardRequests.Programme();
        programme["startsOn"] = "2035-01-01";
        programme["endsOn"] = "2035-12-31";
        programme["countsTaggedOnly"] = true;
        programme["targets"] = new[] { new { kpiKey = "investment.events-held", yearlyTarget = 4m } };
        var programmeId = (await (await admin.PostAsJsonAsync("/api/scorecard/programmes", programme)).ShouldBe(HttpStatusCode.Created)).Id();

        for (var i = 0; i < 3; i++)
        {
            var held = InvestmentRequests.Event();
            held["startDate"] = held["endDate"] = $"2035-0{i + 1}-10";
            if (i == 0) held["programmeId"] = programmeId;
            var created = await (await admin.PostAsJsonAsync("/api/investment/events", held)).ShouldBe(HttpStatusCode.Created);
            if (i == 0) created.GetProperty("programmeId").GetGuid().Should().Be(programmeId);
        }

        var figures = await Eventually.Within(TimeSpan.FromSeconds(15), () => Read(admin, "/api/scorecard/2035"),
            f => ScorecardRequests.Kpis(f)["investment.events-held"] == 3);
        var target = figures.GetProperty("targets").EnumerateArray().Single();
        target.GetProperty("actual").GetDecimal().Should().Be(1, "only one of the three events is tagged");
        target.GetProperty("progress").GetDecimal().Should().Be(0.25m);
        var row = figures.GetProperty("breakdowns").GetProperty("byProgramme").EnumerateArray().Single();
        row.GetProperty("key").GetString().Should().Be(programmeId.ToString());
        row.GetProperty("values").GetProperty("investment.events-held").GetDecimal().Should().Be(1);

        var firstQuarter = await Read(admin, "/api/scorecard/2035?quarter=1");
        firstQuarter.GetProperty("targets").EnumerateArray().Single().GetProperty("target").GetDecimal()
            .Should().Be(Math.Round(4m * 90 / 365, 2), "a yearly count target is shared out by days");
    }

    [Fact]
    public async Task Tagging_with_a_programme_that_does_not_exist_is_refused_naming_the_field_and_writes_nothing()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var project = InvestmentRequests.Project();
        project["programmeId"] = Guid.NewGuid();

        var refused = await admin.PostAsJsonAsync("/api/investment/projects", project);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("programmeId");
        (await (await admin.GetAsync("/api/investment/projects")).Body()).GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_programme_of_another_work_line_cannot_tag_an_investment_project()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var talentPlan = ScorecardRequests.Programme();
        talentPlan["nameZh"] = "“雁南归”侨界引才工程";
        talentPlan["workLine"] = "Talent";
        talentPlan["targets"] = new[] { new { kpiKey = "talent.letters-of-intent", yearlyTarget = 20m } };
        var programmeId = (await (await admin.PostAsJsonAsync("/api/scorecard/programmes", talentPlan)).ShouldBe(HttpStatusCode.Created)).Id();
        var project = InvestmentRequests.Project();
        project["programmeId"] = programmeId;

        var refused = await admin.PostAsJsonAsync("/api/investment/projects", project);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("programmeId").And.Contain("Talent");
        var talentEvent = TalentRequests.Event();
        talentEvent["programmeId"] = programmeId;
        (await admin.PostAsJsonAsync("/api/talent/events", talentEvent)).StatusCode.Should().Be(HttpStatusCode.Created, "its own work line may use it");
    }

    [Fact]
    public async Task A_project_entered_in_the_form_with_a_programme_keeps_the_tag()
    {
        using var factory = new FederationFactory();
        var api = await factory.Admin();
        var programme = await (await api.PostAsJsonAsync("/api/scorecard/programmes", ScorecardRequests.Programme())).ShouldBe(HttpStatusCode.Created);
        var admin = await PageClient.Admin(factory);
        var form = await admin.Get("/investment/projects/edit");
        form.Document.QuerySelector($"select[name='Form.ProgrammeId'] option[value='{programme.Id()}']")!.TextContent
            .Should().Be("侨联助力高质量发展十大行动方案");

        var saved = await admin.Submit(form.Document, "main form",
            ("Form.Name", "表单标注项目"), ("Form.InvestorName", "港资某集团"), ("Form.Industry", "装备制造"), ("Form.AmountYuan", "1000000"),
            ("Form.Town", "石岐"), ("Form.StageDate", "2023-05-01"), ("Form.ProgrammeId", programme.Id().ToString()));

        saved.Path.Should().MatchRegex("^/investment/projects/[0-9a-f-]{36}$");
        var project = await (await api.GetAsync($"/api{saved.Path}")).Body();
        project.GetProperty("programmeId").GetGuid().Should().Be(programme.Id());
    }

    private static Task<JsonElement> Read(HttpClient client, string url) => ScorecardRequests.Read(client, url);
}
