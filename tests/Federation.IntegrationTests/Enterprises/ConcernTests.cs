using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// A concern heard at a visit, followed to a solution through the API: every step dated and
/// signed, only legal moves, the queue's filters, and the overdue flag reaching the scorecard.
/// </summary>
public sealed class ConcernTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    private const string Concerns = "/api/enterprises/concerns";

    [Fact]
    public async Task A_concern_raised_at_a_visit_is_referred_resolved_and_reopened_with_every_step_dated_and_signed()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var visit = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit(enterprise.Id(), "2024-03-01"));
        var body = EnterpriseRequests.Concern(null, "2024-03-01");
        body["visitId"] = visit.Id();

        var raised = await EnterpriseRequests.Created(world.Staff, Concerns, body);

        raised.GetProperty("enterpriseId").GetGuid().Should().Be(enterprise.Id(), "the enterprise is the visited one");
        raised.GetProperty("enterpriseName").GetString().Should().Be(enterprise.GetProperty("name").GetString());
        raised.GetProperty("status").GetString().Should().Be("open");
        ShouldBeStep(raised, 0, null, "open", "2024-03-01");

        var referred = await EnterpriseRequests.Step(world.Staff, raised.Id(), EnterpriseRequests.Refer("2024-03-03", raised.Version(), dueOn: "2024-04-01"));
        referred.GetProperty("status").GetString().Should().Be("referred");
        referred.GetProperty("department").GetString().Should().Be("国家税务总局中山市税务局");
        referred.GetProperty("dueOn").GetString().Should().Be("2024-04-01");
        ShouldBeStep(referred, 1, "open", "referred", "2024-03-03");

        var noNote = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{raised.Id()}/steps",
            new { to = "resolved", on = "2024-03-20", version = referred.Version() })).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(noNote).Should().Equal("note");

        var resolved = await EnterpriseRequests.Step(world.Staff, raised.Id(), EnterpriseRequests.Resolve("2024-03-20", referred.Version()));
        resolved.GetProperty("status").GetString().Should().Be("resolved");
        resolved.GetProperty("settledOn").GetString().Should().Be("2024-03-20");
        resolved.GetProperty("outcome").GetString().Should().Be("经协调，相关部门已上门对接并落实。");
        ShouldBeStep(resolved, 2, "referred", "resolved", "2024-03-20");

        var twice = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{raised.Id()}/steps",
            EnterpriseRequests.Resolve("2024-03-21", resolved.Version()))).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(twice).Should().Equal("status");

        var reopened = await EnterpriseRequests.Step(world.Staff, raised.Id(), EnterpriseRequests.Reopen("2024-04-10", resolved.Version()));
        reopened.GetProperty("status").GetString().Should().Be("open");
        reopened.GetProperty("settledOn").ValueKind.Should().Be(JsonValueKind.Null, "a reopened concern is no longer settled");
        ShouldBeStep(reopened, 3, "resolved", "open", "2024-04-10");

        var stored = await (await world.Admin.GetAsync($"{Concerns}/{raised.Id()}")).ShouldBe(HttpStatusCode.OK);
        stored.GetProperty("steps").GetArrayLength().Should().Be(4, "every step is kept");
    }

    [Fact]
    public async Task Illegal_moves_early_dates_and_stale_versions_are_refused_and_change_nothing()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var raised = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2024-05-10"));
        var closed = await EnterpriseRequests.Step(world.Staff, raised.Id(), EnterpriseRequests.Close("2024-05-20", raised.Version()));

        var referClosed = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{raised.Id()}/steps",
            EnterpriseRequests.Refer("2024-05-21", closed.Version()))).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(referClosed).Should().Equal("status");

        var early = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{raised.Id()}/steps",
            EnterpriseRequests.Reopen("2024-05-01", closed.Version()))).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(early).Should().Equal(["on"], "a step cannot precede the day the concern was raised");

        var stale = await (await world.Staff.PostAsJsonAsync($"{Concerns}/{raised.Id()}/steps",
            EnterpriseRequests.Reopen("2024-06-01", raised.Version()))).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(stale).Should().Equal("version");

        var after = await (await world.Admin.GetAsync($"{Concerns}/{raised.Id()}")).ShouldBe(HttpStatusCode.OK);
        after.GetProperty("status").GetString().Should().Be("closedUnresolved");
        after.Version().Should().Be(closed.Version(), "the refused steps wrote nothing");
        after.GetProperty("steps").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task The_queue_filters_by_status_category_department_and_overdue()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var id = enterprise.Id();
        var department = $"市金融工作局{EnterpriseRequests.Unique()}";
        var open = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(id, "2024-02-01", "tax"));
        var late = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(id, "2024-02-01", "finance"));
        await EnterpriseRequests.Step(world.Staff, late.Id(), EnterpriseRequests.Refer("2024-02-02", late.Version(), department, "2024-03-01"));
        var waiting = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(id, "2024-02-01", "landAndPremises"));
        await EnterpriseRequests.Step(world.Staff, waiting.Id(), EnterpriseRequests.Refer("2024-02-02", waiting.Version(), "市自然资源局", "2099-12-31"));
        var done = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(id, "2024-02-01", "finance", dueOn: "2024-02-10"));
        await EnterpriseRequests.Step(world.Staff, done.Id(), EnterpriseRequests.Resolve("2024-02-05", done.Version()));

        (await Queue(id, "status=referred")).Should().BeEquivalentTo([late.Id(), waiting.Id()]);
        (await Queue(id, "status=open")).Should().Equal(open.Id());
        (await Queue(id, "category=finance")).Should().BeEquivalentTo([late.Id(), done.Id()]);
        (await Queue(id, $"department={department}")).Should().Equal(late.Id());
        (await Queue(id, "overdue=true")).Should().Equal([late.Id()], "only the pending concern past its due date is overdue");
        (await Queue(id, "overdue=false")).Should().BeEquivalentTo([open.Id(), waiting.Id(), done.Id()]);
        (await Queue(id, "")).First().Should().Be(late.Id(), "the queue shows overdue concerns first");
    }

    [Fact]
    public async Task A_referred_concern_past_its_due_date_shows_overdue_and_the_check_flags_it_for_the_scorecard()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var raised = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2019-05-01"));
        var referred = await EnterpriseRequests.Step(world.Staff, raised.Id(),
            EnterpriseRequests.Refer("2019-05-02", raised.Version(), "市自然资源局", "2019-06-01"));

        referred.GetProperty("overdue").GetBoolean().Should().BeTrue("its due date has passed and it is still with the department");

        await world.FlagOverdueConcerns();

        var flagged = await (await world.Admin.GetAsync($"{Concerns}/{raised.Id()}")).ShouldBe(HttpStatusCode.OK);
        flagged.GetProperty("overdueSince").GetString().Should().Be("2019-06-02", "the first day past due");
        flagged.GetProperty("overdue").GetBoolean().Should().BeTrue();
        var figures = await world.KpisWhen(2019, f => f["enterprises.overdue-concerns"] == 1);
        figures["enterprises.overdue-concerns"].Should().Be(1);

        await world.FlagOverdueConcerns();
        var resolved = await EnterpriseRequests.Step(world.Staff, raised.Id(), EnterpriseRequests.Resolve("2019-07-01", flagged.Version()));
        resolved.GetProperty("overdue").GetBoolean().Should().BeFalse("a resolved concern is no longer overdue");
        resolved.GetProperty("overdueSince").GetString().Should().Be("2019-06-02", "the flag is kept after the concern is settled");
        (await world.KpisWhen(2019, f => f["enterprises.concerns-resolved"] == 1 && f["enterprises.overdue-concerns"] == 1))["enterprises.overdue-concerns"]
            .Should().Be(1, "flagging twice and settling late still count the concern once");
    }

    private void ShouldBeStep(JsonElement concern, int index, string? from, string to, string on)
    {
        var steps = concern.GetProperty("steps");
        steps.GetArrayLength().Should().Be(index + 1);
        var step = steps[index];
        step.GetProperty("on").GetString().Should().Be(on);
        step.GetProperty("to").GetString().Should().Be(to);
        if (from is null) step.GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
        else step.GetProperty("from").GetString().Should().Be(from);
        step.GetProperty("by").GetString().Should().Be(world.StaffUserName, "a step is signed by whoever took it");
        step.GetProperty("atUtc").GetDateTime().Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(5));
    }

    private async Task<List<Guid>> Queue(Guid enterpriseId, string filter)
    {
        var page = await (await world.Staff.GetAsync($"{Concerns}?enterpriseId={enterpriseId}&{filter}")).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(c => c.Id()).ToList();
    }
}
