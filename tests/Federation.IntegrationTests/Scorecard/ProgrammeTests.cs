using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>Admins set yearly targets on declared KPIs; the scorecard reports progress against them.</summary>
public sealed class ProgrammeTests
{
    [Fact]
    public async Task An_admin_sets_a_target_and_the_2023_scorecard_shows_the_progress()
    {
        using var factory = new FederationFactory().With("Bootstrap:DemoData", "true");
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/scorecard/programmes", ScorecardRequests.Programme()))
            .ShouldBe(HttpStatusCode.Created);

        var figures = await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => await (await admin.GetAsync("/api/scorecard/2023")).Body(),
            f => f.GetProperty("targets").EnumerateArray().Any(t => t.GetProperty("actual").GetDecimal() == 9_612_000_000m));

        // The demo's own open-ended ten actions have targets too: this programme's are told apart by its id.
        var target = figures.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("kpiKey").GetString() == "investment.signed-amount" && t.GetProperty("programmeId").GetGuid() == created.Id());
        target.GetProperty("target").GetDecimal().Should().Be(8_000_000_000m);
        target.GetProperty("progress").GetDecimal().Should().Be(1.2015m, "96.12亿 against a target of 80亿");
        (await (await admin.GetAsync("/api/scorecard/2026")).Body()).GetProperty("targets").EnumerateArray()
            .Should().NotContain(t => t.GetProperty("programmeId").GetGuid() == created.Id(), "the programme ends in 2025");

        var page = await PageClient.Admin(factory);
        (await page.Get("/scorecard?year=2023")).Document.QuerySelector("[data-target='investment.signed-amount']")!
            .TextContent.Should().Contain("120.2%").And.Contain("十大行动");
    }

    [Theory]
    [InlineData("targets[0].kpiKey", "kpiKey", "investment.no-such-kpi")]
    [InlineData("targets[0].yearlyTarget", "yearlyTarget", -5)]
    [InlineData("endsOn", "endsOn", "2022-12-31")]
    public async Task A_programme_naming_an_unknown_kpi_a_negative_target_or_ending_before_it_starts_is_refused(
        string field, string property, object value)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var body = ScorecardRequests.Programme();
        if (property == "endsOn") body["endsOn"] = value;
        else body["targets"] = new[] { new Dictionary<string, object> { ["kpiKey"] = "investment.signed-amount", ["yearlyTarget"] = 1m, [property] = value } };

        var refused = await (await admin.PostAsJsonAsync("/api/scorecard/programmes", body)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(refused.ToString());
        (await (await admin.GetAsync("/api/scorecard/programmes")).Body()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_admin_adds_a_programme_on_the_page_and_a_leader_reads_it_but_may_not_edit()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var admin = await PageClient.Admin(factory);

        var saved = await admin.Submit((await admin.Get("/scorecard/programmes/edit")).Document, "[data-testid='programme-form']",
            ("Form.NameZh", "雁南归计划"), ("Form.NameEn", "Wild Geese Return South"), ("Form.StartsOn", "2023-01-01"),
            ("Form.EndsOn", "2025-12-31"), ("Form.OwningDepartment", "联络部"),
            ("Form.Targets[0].KpiKey", "investment.projects-signed"), ("Form.Targets[0].YearlyTarget", "20"));

        saved.Path.Should().Be("/scorecard/programmes");
        saved.TestId("programmes").TextContent.Should().Contain("雁南归计划").And.Contain("签约项目数 ≥ 20");
        var leaderName = $"l{Guid.NewGuid():N}"[..12];
        await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = leaderName, displayName = "领导", password = TestFederation.Password, organisationId = federation.Root, roles = new[] { "leadership" },
        });
        var leader = await PageClient.SignedIn(factory, leaderName, TestFederation.Password);
        var list = await leader.Get("/scorecard/programmes");
        list.TestId("programmes").TextContent.Should().Contain("雁南归计划");
        list.All("new-programme").Should().BeEmpty();
        (await leader.Get("/scorecard/programmes/edit")).Path.Should().Be("/forbidden");
    }
}
