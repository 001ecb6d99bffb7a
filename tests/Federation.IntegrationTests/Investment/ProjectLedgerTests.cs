using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Investment;

public sealed class ProjectLedgerTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public ProjectLedgerTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_project_signed_at_an_event_moves_through_its_stages_and_each_step_is_audited()
    {
        var admin = await factory.Admin();
        var held = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).ShouldBe(HttpStatusCode.Created);
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects",
            InvestmentRequests.Project(eventId: held.Id()))).ShouldBe(HttpStatusCode.Created);
        var id = created.Id();
        created.GetProperty("stage").GetString().Should().Be("signed");
        created.GetProperty("version").GetInt32().Should().Be(1);

        var broke = await (await admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "groundbreaking", date = "2023-06-01", version = 1 })).ShouldBe(HttpStatusCode.OK);
        var producing = await (await admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = "inProduction", date = "2024-03-01", version = broke.GetProperty("version").GetInt32() })).ShouldBe(HttpStatusCode.OK);

        producing.GetProperty("stages").EnumerateArray().Select(s => (s.GetProperty("stage").GetString(), s.GetProperty("date").GetString()))
            .Should().Equal(("signed", "2023-02-26"), ("groundbreaking", "2023-06-01"), ("inProduction", "2024-03-01"));
        producing.GetProperty("allowedNextStages").GetArrayLength().Should().Be(0);

        var audit = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await admin.GetAsync($"/api/admin/audit?entityType=Project&entityId={id}")).Body(),
            body => body.GetProperty("total").GetInt32() >= 3);
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .Should().BeEquivalentTo(["Added", "Modified", "Modified"]);
        audit.GetProperty("items").EnumerateArray().Should().OnlyContain(e => e.GetProperty("userName").GetString() == "admin");
    }

    [Fact]
    public async Task Breaking_ground_before_signing_is_refused_and_nothing_changes()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects",
            InvestmentRequests.Project(stage: "intent"))).ShouldBe(HttpStatusCode.Created);

        var refused = await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/stage",
            new { stage = "groundbreaking", date = "2023-03-01", version = 1 })).ShouldBe(HttpStatusCode.Conflict);

        refused.GetProperty("errors").GetProperty("stage")[0].GetString().Should().Contain("签约", "messages are Chinese unless the client asks otherwise");
        var after = await (await admin.GetAsync($"/api/investment/projects/{created.Id()}")).Body();
        after.GetProperty("stage").GetString().Should().Be("intent");
        after.GetProperty("version").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_stage_date_before_the_current_stage_date_is_a_400_naming_the_date()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();

        var refused = await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/stage",
            new { stage = "groundbreaking", date = "2023-01-01", version = 1 })).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty("date", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Two_people_advancing_the_same_version_get_one_success_and_one_409()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();
        var url = $"/api/investment/projects/{created.Id()}/stage";

        var first = await admin.PostAsJsonAsync(url, new { stage = "groundbreaking", date = "2023-06-01", version = 1 });
        var second = await admin.PostAsJsonAsync(url, new { stage = "dropped", date = "2023-06-02", version = 1 });

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var conflict = await second.ShouldBe(HttpStatusCode.Conflict);
        conflict.GetProperty("currentVersion").GetInt32().Should().Be(2);
        (await (await admin.GetAsync($"/api/investment/projects/{created.Id()}")).Body()).GetProperty("stage").GetString().Should().Be("groundbreaking");
    }

    [Fact]
    public async Task Reverting_takes_back_the_last_stage_and_keeps_the_reason_as_a_follow_up()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();
        await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/stage", new { stage = "groundbreaking", date = "2023-06-01", version = 1 });

        var reverted = await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/stage/revert",
            new { reason = "误录，尚未动工", version = 2 })).ShouldBe(HttpStatusCode.OK);

        reverted.GetProperty("stage").GetString().Should().Be("signed");
        reverted.GetProperty("stageDate").GetString().Should().Be("2023-02-26");
        reverted.GetProperty("followUps")[0].GetProperty("note").GetString().Should().Contain("误录，尚未动工");
        var again = await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/stage/revert", new { reason = "再撤", version = 3 });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "the stage a project entered with cannot be taken back");
    }

    [Fact]
    public async Task The_ledger_filters_by_town_and_stage_and_totals_every_matching_row_not_just_the_page()
    {
        var admin = await factory.Admin();
        var town = $"测试镇{Guid.NewGuid():N}"[..10];
        foreach (var amount in new[] { 100.10m, 200.20m, 300.30m })
        {
            var body = InvestmentRequests.Project();
            body["town"] = town;
            body["amountYuan"] = amount;
            await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created);
        }
        var other = InvestmentRequests.Project(stage: "intent");
        other["town"] = town;
        await admin.PostAsJsonAsync("/api/investment/projects", other);

        var page = await (await admin.GetAsync($"/api/investment/projects?town={Uri.EscapeDataString(town)}&stage=signed&year=2023&pageSize=2&sort=-amount"))
            .ShouldBe(HttpStatusCode.OK);

        page.GetProperty("total").GetInt32().Should().Be(3);
        page.GetProperty("totalAmountYuan").GetDecimal().Should().Be(600.60m);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("amountYuan").GetDecimal()).Should().Equal(300.30m, 200.20m);
    }

    [Fact]
    public async Task A_follow_up_whose_next_step_is_past_due_marks_the_project_overdue()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();

        var followed = await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2023-03-01", note = "走访企业，了解用地需求", nextStep = "协调自然资源局", nextStepDue = "2023-03-15" })).ShouldBe(HttpStatusCode.OK);

        followed.GetProperty("nextFollowUpDue").GetString().Should().Be("2023-03-15");
        followed.GetProperty("followUpOverdue").GetBoolean().Should().BeTrue();
        var overdue = await (await admin.GetAsync("/api/investment/projects?overdue=true&pageSize=200")).Body();
        overdue.GetProperty("items").EnumerateArray().Should().Contain(i => i.GetProperty("id").GetGuid() == created.Id());
    }

    [Fact]
    public async Task An_event_named_by_a_project_cannot_be_removed_but_an_unused_one_can()
    {
        var admin = await factory.Admin();
        var used = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).Body();
        await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(eventId: used.Id()));
        var unused = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).Body();

        (await admin.DeleteAsync($"/api/investment/events/{used.Id()}?version=1")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/investment/events/{unused.Id()}?version=1")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/investment/events/{unused.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_credit_line_is_granted_corrected_and_listed_with_its_total()
    {
        var admin = await factory.Admin();
        var held = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).Body();
        var body = InvestmentRequests.CreditLine();
        body["eventId"] = held.Id();
        var granted = await (await admin.PostAsJsonAsync("/api/investment/credit-lines", body)).ShouldBe(HttpStatusCode.Created);

        body["amountYuan"] = 12_000_000_000m;
        body["version"] = 1;
        var corrected = await (await admin.PutAsJsonAsync($"/api/investment/credit-lines/{granted.Id()}", body)).ShouldBe(HttpStatusCode.OK);

        corrected.GetProperty("amountYuan").GetDecimal().Should().Be(12_000_000_000m);
        var listed = await (await admin.GetAsync($"/api/investment/credit-lines?eventId={held.Id()}")).Body();
        listed.GetProperty("total").GetInt32().Should().Be(1);
        listed.GetProperty("totalAmountYuan").GetDecimal().Should().Be(12_000_000_000m);
    }
}
