using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Forms;

/// <summary>
/// A "happened on" date after today (issue 23): the API takes it as sent, a form asks first. The
/// host's clock is set to 2024-03-01, so 2024-03-02 is tomorrow.
/// </summary>
public sealed class FutureDateTests : IClassFixture<FutureDateTests.OnFirstOfMarch>
{
    private readonly FederationFactory factory;

    public FutureDateTests(OnFirstOfMarch world) => factory = world.Factory;

    public sealed class OnFirstOfMarch : IDisposable
    {
        public FederationFactory Factory { get; } = new FederationFactory().WithClock(MovableClock.AtChinaTime(new DateTime(2024, 3, 1, 10, 0, 0)));

        public void Dispose() => Factory.Dispose();
    }

    [Fact]
    public async Task A_project_form_with_a_stage_date_after_today_is_shown_again_with_a_warning_naming_the_field_and_saved_once_confirmed()
    {
        var page = await PageClient.Admin(factory);
        var name = $"未来日期项目{EnterpriseRequests.Unique()}";
        (string, string)[] fields = [("Form.Name", name), ("Form.AmountYuan", "1亿"), ("Form.AmountYuan.Unit", "1"),
            ("Form.Town", "石岐"), ("Form.Stage", "signed"), ("Form.StageDate", "2030-05-01")];

        var asked = await page.Submit((await page.Get("/investment/projects/edit")).Document, "main form", fields);

        asked.Path.Should().Be("/investment/projects/edit", "the form is shown again rather than saved");
        var warning = asked.Document.QuerySelector("[data-valmsg-for='Form.StageDate']")?.TextContent
            ?? asked.Document.QuerySelector("[data-future-dates]")!.TextContent;
        warning.Should().Contain("2030-05-01").And.Contain("在今天之后").And.Contain("确认无误请勾选并再次保存");
        asked.Document.QuerySelector("input[name=ConfirmFutureDates]").Should().NotBeNull();
        var api = await factory.Admin();
        (await (await api.GetAsync($"/api/investment/projects?q={Uri.EscapeDataString(name)}")).Body()).GetProperty("total").GetInt32()
            .Should().Be(0, "nothing is saved before the date is confirmed");

        var saved = await page.Submit(asked.Document, "main form", [.. fields, ("ConfirmFutureDates", "true")]);

        saved.Path.Should().MatchRegex("^/investment/projects/[0-9a-f-]{36}$");
        (await (await api.GetAsync($"/api{saved.Path}")).Body()).GetProperty("stages")[0].GetProperty("date").GetString().Should().Be("2030-05-01");
    }

    [Fact]
    public async Task Today_needs_no_confirmation_and_the_api_takes_a_date_ahead_as_sent()
    {
        var page = await PageClient.Admin(factory);
        var saved = await page.Submit((await page.Get("/investment/projects/edit")).Document, "main form",
            ("Form.Name", $"今日项目{EnterpriseRequests.Unique()}"), ("Form.AmountYuan", "5000万"), ("Form.Town", "石岐"),
            ("Form.Stage", "signed"), ("Form.StageDate", "2024-03-01"));
        saved.Path.Should().MatchRegex("^/investment/projects/[0-9a-f-]{36}$");

        var api = await factory.Admin();
        var project = InvestmentRequests.Project();
        project["stageDate"] = "2031-01-01";
        (await api.PostAsJsonAsync("/api/investment/projects", project)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_visit_dated_tomorrow_on_its_form_asks_for_confirmation()
    {
        var api = await factory.Admin();
        var enterprise = await EnterpriseRequests.Created(api, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        var page = await PageClient.Admin(factory);
        var form = await page.Get($"/enterprises/visits/new?enterpriseId={enterprise.Id()}");
        (string, string)[] fields = [("Form.EnterpriseId", enterprise.Id().ToString()), ("Form.VisitedOn", "2024-03-02"),
            ("Form.Purpose", "listeningSession"), ("VisitorNames", "林志远"), ("Form.Notes", "明天的走访")];

        var asked = await page.Submit(form.Document, "[data-testid=visit-form]", fields);

        asked.Path.Should().Be("/enterprises/visits/new");
        asked.Document.QuerySelector("[data-future-dates]")!.TextContent.Should().Contain("2024-03-02");
        var saved = await page.Submit(asked.Document, "[data-testid=visit-form]", [.. fields, ("ConfirmFutureDates", "true")]);
        saved.Path.Should().MatchRegex("^/enterprises/visits/[0-9a-f-]{36}$");
    }
}
