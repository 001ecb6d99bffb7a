using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// The Enterprise services figures on the scorecard, each test in a year of its own: concerns
/// raised and resolved, the resolution rate, the median days to resolve, policy sessions and joint measures.
/// </summary>
public sealed class EnterpriseKpiTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    private const string Concerns = "/api/enterprises/concerns";

    [Fact]
    public async Task Three_concerns_resolved_in_2_10_and_30_days_have_a_median_of_10_and_an_open_one_lowers_the_rate()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        foreach (var days in new[] { 30, 2, 10 }) await RaiseAndResolve(enterprise.Id(), new DateOnly(2011, 3, 1), days);
        await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2011-05-01"));

        var figures = await world.KpisWhen(2011, f => f["enterprises.concerns-raised"] == 4 && f["enterprises.concerns-resolved"] == 3
            && f["enterprises.days-to-resolve"] == 10m && f["enterprises.resolution-rate"] == 0.75m);

        figures["enterprises.days-to-resolve"].Should().Be(10m, "the middle of 2, 10 and 30 days; the mean would be 14");
        figures["enterprises.resolution-rate"].Should().Be(0.75m, "three of the four concerns raised in 2011 were resolved");
        figures["enterprises.overdue-concerns"].Should().Be(0);
    }

    [Fact]
    public async Task Four_resolved_concerns_have_the_mean_of_the_middle_two_as_their_median()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        foreach (var days in new[] { 100, 3, 1, 6 }) await RaiseAndResolve(enterprise.Id(), new DateOnly(2012, 2, 1), days);

        var figures = await world.KpisWhen(2012, f => f["enterprises.concerns-resolved"] == 4 && f["enterprises.days-to-resolve"] == 4.5m);

        figures["enterprises.days-to-resolve"].Should().Be(4.5m, "the mean of the middle two, 3 and 6 days");
        figures["enterprises.resolution-rate"].Should().Be(1m);
    }

    [Fact]
    public async Task A_concern_is_counted_resolved_in_the_year_it_was_resolved_and_a_reopened_one_no_longer()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var late = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2013-12-20", dueOn: "2013-12-31"));
        await EnterpriseRequests.Step(world.Staff, late.Id(), EnterpriseRequests.Resolve("2014-01-09", late.Version()));
        var reopened = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterprise.Id(), "2014-03-01"));
        var resolved = await EnterpriseRequests.Step(world.Staff, reopened.Id(), EnterpriseRequests.Resolve("2014-03-05", reopened.Version()));
        await EnterpriseRequests.Step(world.Staff, reopened.Id(), EnterpriseRequests.Reopen("2014-04-01", resolved.Version()));

        var in2014 = await world.KpisWhen(2014, f => f["enterprises.concerns-raised"] == 1 && f["enterprises.concerns-resolved"] == 1
            && f["enterprises.resolution-rate"] == 0m && f["enterprises.days-to-resolve"] == 20m && f["enterprises.overdue-concerns"] == 1);
        var in2013 = await world.KpisWhen(2013, f => f["enterprises.concerns-raised"] == 1 && f["enterprises.resolution-rate"] == 1m);

        in2013["enterprises.concerns-raised"].Should().Be(1);
        in2013["enterprises.concerns-resolved"].Should().Be(0, "it was resolved in January 2014");
        in2013["enterprises.resolution-rate"].Should().Be(1m, "the rate counts the concerns raised in the period");
        in2014["enterprises.concerns-resolved"].Should().Be(1, "the reopened concern is no longer resolved");
        in2014["enterprises.days-to-resolve"].Should().Be(20m, "raised 20 December, resolved 9 January");
        in2014["enterprises.overdue-concerns"].Should().Be(1, "resolved after its due date: it went overdue on 1 January 2014");
    }

    [Fact]
    public async Task Policy_sessions_joint_measures_and_their_items_are_counted_in_their_year()
    {
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(heldOn: "2031-04-20"));
        var second = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(heldOn: "2031-09-20"));
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(heldOn: "2032-01-20"));
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/joint-measures", EnterpriseRequests.JointMeasure(issuedOn: "2031-06-16", items: 10));
        var measure = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/joint-measures", EnterpriseRequests.JointMeasure(issuedOn: "2031-11-01", items: 3));

        var figures = await world.KpisWhen(2031, f => f["enterprises.policy-sessions"] == 2 && f["enterprises.measure-items"] == 13
            && f["enterprises.joint-measures"] == 2);
        figures["enterprises.joint-measures"].Should().Be(2);
        (await world.KpisWhen(2032, f => f["enterprises.policy-sessions"] == 1))["enterprises.policy-sessions"].Should().Be(1);

        var corrected = EnterpriseRequests.JointMeasure(issuedOn: "2031-11-01", items: 5);
        corrected["version"] = measure.Version();
        await (await world.Staff.PutAsJsonAsync($"/api/enterprises/joint-measures/{measure.Id()}", corrected)).ShouldBe(HttpStatusCode.OK);
        (await world.Staff.DeleteAsync($"/api/enterprises/policy-sessions/{second.Id()}?version={second.Version()}")).StatusCode
            .Should().Be(HttpStatusCode.NoContent);

        var after = await world.KpisWhen(2031, f => f["enterprises.policy-sessions"] == 1 && f["enterprises.measure-items"] == 15);
        after["enterprises.policy-sessions"].Should().Be(1, "the removed session no longer counts");
        after["enterprises.measure-items"].Should().Be(15, "ten items and the corrected measure's five");
    }

    private async Task RaiseAndResolve(Guid enterpriseId, DateOnly raisedOn, int days)
    {
        var concern = await EnterpriseRequests.Created(world.Staff, Concerns, EnterpriseRequests.Concern(enterpriseId, raisedOn.ToString("yyyy-MM-dd")));
        await EnterpriseRequests.Step(world.Staff, concern.Id(), EnterpriseRequests.Resolve(raisedOn.AddDays(days).ToString("yyyy-MM-dd"), concern.Version()));
    }
}
