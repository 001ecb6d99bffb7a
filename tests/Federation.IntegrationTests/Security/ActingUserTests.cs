using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>Who a request acts as is worked out while it is authenticated; these broke that once.</summary>
public sealed class ActingUserTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task Creating_an_organisation_leaves_the_host_serving_signed_in_users()
    {
        var federation = await TestFederation.Create(factory);

        var me = await (await federation.Admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);

        me.GetProperty("userName").GetString().Should().Be("admin");
    }

    [Fact]
    public async Task An_api_token_acts_as_its_integrator_with_that_users_permissions_and_name()
    {
        var federation = await TestFederation.Create(factory);
        var userName = $"i{Guid.NewGuid():N}"[..20];
        var user = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "对接系统", password = TestFederation.Password, organisationId = federation.BranchA, roles = new[] { "integrator" },
        })).ShouldBe(HttpStatusCode.Created);
        var issued = await (await federation.Admin.PostAsJsonAsync("/api/admin/tokens",
            new { userId = user.GetProperty("user").Id(), name = "对接令牌" })).ShouldBe(HttpStatusCode.Created);
        var integrator = factory.WithToken(issued.GetProperty("secret").GetString()!);

        var me = await (await integrator.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        var held = await (await integrator.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event()))
            .ShouldBe(HttpStatusCode.Created);

        me.GetProperty("userName").GetString().Should().Be(userName);
        held.GetProperty("organisationId").GetGuid().Should().Be(federation.BranchA, "a new record belongs to its creator's organisation");
        var audit = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityId={held.Id()}")).Body(),
            body => body.GetProperty("total").GetInt32() >= 1);
        audit.GetProperty("items")[0].GetProperty("userName").GetString().Should().Be(userName);
    }
}
