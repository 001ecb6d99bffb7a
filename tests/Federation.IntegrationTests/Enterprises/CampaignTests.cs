using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// A service campaign: enterprises assigned to leadership members, visits within the period
/// marking them visited, each leader's own list, and the coverage, visits and enterprises served
/// on the scorecard.
/// </summary>
public sealed class CampaignTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    private const string Campaigns = "/api/enterprises/campaigns";
    private const string Visits = "/api/enterprises/visits";

    [Fact]
    public async Task Assigned_enterprises_are_marked_visited_by_visits_in_the_period_and_the_scorecard_counts_coverage_visits_and_enterprises()
    {
        var leader = await world.NewUser(world.Federation.Root, $"林志远{EnterpriseRequests.Unique()}", "leadership");
        var first = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var second = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var campaign = await EnterpriseRequests.Created(world.Staff, Campaigns, EnterpriseRequests.Campaign(startsOn: "2015-03-01", endsOn: "2015-12-31", target: 100));
        campaign = await Assign(campaign, first.Id(), leader.Id);
        campaign = await Assign(campaign, second.Id(), leader.Id);
        campaign.GetProperty("assigned").GetInt32().Should().Be(2);

        var inside = await EnterpriseRequests.Created(world.Staff, Visits, EnterpriseRequests.Visit(first.Id(), "2015-04-01"));
        await EnterpriseRequests.Created(world.Staff, Visits, EnterpriseRequests.Visit(second.Id(), "2015-01-15"));

        var visited = await Read(campaign.Id());
        VisitedOn(visited, first.Id()).Should().Be("2015-04-01");
        VisitedOn(visited, second.Id()).Should().BeNull("the visit was made before the campaign began");
        visited.GetProperty("visited").GetInt32().Should().Be(1);
        visited.GetProperty("coverage").GetDecimal().Should().Be(0.01m);

        (await world.Staff.DeleteAsync($"{Visits}/{inside.Id()}?version={inside.Version()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        VisitedOn(await Read(campaign.Id()), first.Id()).Should().BeNull("the only visit in the period was deleted");

        await EnterpriseRequests.Created(world.Staff, Visits, EnterpriseRequests.Visit(first.Id(), "2015-06-01"));
        await EnterpriseRequests.Created(world.Staff, Visits, EnterpriseRequests.Visit(first.Id(), "2015-05-01"));
        VisitedOn(await Read(campaign.Id()), first.Id()).Should().Be("2015-05-01", "the first visit in the period counts");

        var mine = await (await leader.Client.GetAsync("/api/enterprises/my-assignments")).ShouldBe(HttpStatusCode.OK);
        mine.EnumerateArray().Select(a => a.GetProperty("enterpriseId").GetGuid()).Should().Equal([second.Id(), first.Id()],
            "the leader's own enterprises, unvisited first");
        mine[1].GetProperty("visitedOn").GetString().Should().Be("2015-05-01");
        var nobody = await (await world.Staff.GetAsync("/api/enterprises/my-assignments")).ShouldBe(HttpStatusCode.OK);
        nobody.EnumerateArray().Should().NotContain(a => a.GetProperty("campaignId").GetGuid() == campaign.Id(), "nothing is assigned to the staff member");

        var figures = await world.KpisWhen(2015, f => f["enterprises.visits"] == 3 && f["enterprises.campaign-coverage"] == 0.01m
            && f["enterprises.enterprises-served"] == 2);
        figures["enterprises.campaign-coverage"].Should().Be(0.01m, "one of the hundred targeted enterprises was visited");
        figures["enterprises.visits"].Should().Be(3, "the deleted visit no longer counts");
        figures["enterprises.enterprises-served"].Should().Be(2, "two visits to one enterprise serve it once");
    }

    [Fact]
    public async Task Only_a_leadership_member_is_assigned_and_an_enterprise_only_once()
    {
        var leader = await world.NewUser(world.Federation.Root, $"黄文静{EnterpriseRequests.Unique()}", "leadership");
        var staff = await world.NewUser(world.Federation.Root, "普通干部", "enterprises-staff");
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var campaign = await EnterpriseRequests.Created(world.Staff, Campaigns, EnterpriseRequests.Campaign(startsOn: "2016-01-01", endsOn: "2016-12-31"));

        var notALeader = await (await world.Staff.PostAsJsonAsync($"{Campaigns}/{campaign.Id()}/assignments",
            new { enterpriseId = enterprise.Id(), leaderUserId = staff.Id, version = campaign.Version() })).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(notALeader).Should().Equal("leaderUserId");

        campaign = await Assign(campaign, enterprise.Id(), leader.Id);
        var twice = await (await world.Staff.PostAsJsonAsync($"{Campaigns}/{campaign.Id()}/assignments",
            new { enterpriseId = enterprise.Id(), leaderUserId = leader.Id, version = campaign.Version() })).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(twice).Should().Equal("enterpriseId");

        var stored = await Read(campaign.Id());
        stored.GetProperty("assignments").GetArrayLength().Should().Be(1);
        var assignment = stored.GetProperty("assignments")[0];
        assignment.GetProperty("leaderUserId").GetGuid().Should().Be(leader.Id);
        stored.GetProperty("leaders")[0].GetProperty("leaderName").GetString().Should().StartWith("黄文静");

        var unassigned = await (await world.Staff.DeleteAsync(
            $"{Campaigns}/{campaign.Id()}/assignments/{assignment.Id()}?version={stored.Version()}")).ShouldBe(HttpStatusCode.OK);
        unassigned.GetProperty("assignments").GetArrayLength().Should().Be(0);
        (await (await leader.Client.GetAsync("/api/enterprises/my-assignments")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_enterprise_visited_in_the_period_before_it_was_assigned_counts_as_visited_at_once_and_a_new_period_is_reread()
    {
        var leader = await world.NewUser(world.Federation.Root, $"郑国华{EnterpriseRequests.Unique()}", "leadership");
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        await EnterpriseRequests.Created(world.Staff, Visits, EnterpriseRequests.Visit(enterprise.Id(), "2017-02-10"));
        var body = EnterpriseRequests.Campaign(startsOn: "2017-01-01", endsOn: "2017-06-30", target: 4);
        var campaign = await EnterpriseRequests.Created(world.Staff, Campaigns, body);

        var assigned = await Assign(campaign, enterprise.Id(), leader.Id);

        VisitedOn(assigned, enterprise.Id()).Should().Be("2017-02-10", "a visit already made in the period counts at once");
        assigned.GetProperty("coverage").GetDecimal().Should().Be(0.25m);
        (await world.KpisWhen(2017, f => f["enterprises.campaign-coverage"] == 0.25m))["enterprises.campaign-coverage"].Should().Be(0.25m);

        body["startsOn"] = "2017-03-01";
        body["version"] = assigned.Version();
        var moved = await (await world.Staff.PutAsJsonAsync($"{Campaigns}/{campaign.Id()}", body)).ShouldBe(HttpStatusCode.OK);
        VisitedOn(moved, enterprise.Id()).Should().BeNull("the visit now falls before the campaign's period");
        (await world.KpisWhen(2017, f => f["enterprises.campaign-coverage"] == 0m))["enterprises.campaign-coverage"].Should().Be(0m);
    }

    [Fact]
    public async Task A_branch_leader_is_not_given_a_campaign_of_the_city_but_a_city_leader_takes_one_of_a_branch()
    {
        var branchLeader = await world.NewUser(world.Federation.BranchA, $"支部领导{EnterpriseRequests.Unique()}", "leadership");
        var cityLeader = await world.NewUser(world.Federation.Root, $"吴嘉欣{EnterpriseRequests.Unique()}", "leadership");
        var cityCampaign = await EnterpriseRequests.Created(world.Staff, Campaigns, EnterpriseRequests.Campaign(startsOn: "2018-01-01", endsOn: "2018-12-31"));
        var branchBody = EnterpriseRequests.Campaign(startsOn: "2018-01-01", endsOn: "2018-12-31");
        branchBody["organisationId"] = world.Federation.BranchA;
        var branchCampaign = await EnterpriseRequests.Created(world.Staff, Campaigns, branchBody);
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());

        var refused = await (await world.Staff.PostAsJsonAsync($"{Campaigns}/{cityCampaign.Id()}/assignments",
            new { enterpriseId = enterprise.Id(), leaderUserId = branchLeader.Id, version = cityCampaign.Version() })).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(refused).Should().Equal("leaderUserId");
        (await Read(cityCampaign.Id())).GetProperty("assignments").GetArrayLength().Should().Be(0, "nothing was written");

        var assigned = await Assign(branchCampaign, enterprise.Id(), cityLeader.Id);
        assigned.GetProperty("assigned").GetInt32().Should().Be(1);
        (await (await cityLeader.Client.GetAsync("/api/enterprises/my-assignments")).ShouldBe(HttpStatusCode.OK))
            .EnumerateArray().Should().Contain(a => a.GetProperty("campaignId").GetGuid() == branchCampaign.Id(), "a city leader sees the branch's campaigns");
    }

    private async Task<JsonElement> Assign(JsonElement campaign, Guid enterpriseId, Guid leaderId) =>
        await (await world.Staff.PostAsJsonAsync($"{Campaigns}/{campaign.Id()}/assignments",
            new { enterpriseId, leaderUserId = leaderId, version = campaign.Version() })).ShouldBe(HttpStatusCode.OK);

    private async Task<JsonElement> Read(Guid campaignId) =>
        await (await world.Admin.GetAsync($"{Campaigns}/{campaignId}")).ShouldBe(HttpStatusCode.OK);

    private static string? VisitedOn(JsonElement campaign, Guid enterpriseId) =>
        campaign.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("enterpriseId").GetGuid() == enterpriseId)
            .GetProperty("visitedOn").GetString();
}
