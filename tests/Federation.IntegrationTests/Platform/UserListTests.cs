using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

public sealed class UserListTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public UserListTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task Filtering_users_by_role_counts_and_pages_only_that_roles_users()
    {
        var federation = await TestFederation.Create(factory);
        var organisation = await TestFederation.CreateOrganisation(federation.Admin, $"角色筛选{Guid.NewGuid():N}"[..12], federation.Root, "古镇");
        foreach (var role in new[] { "integrator", "integrator", "integrator", "leadership" })
            await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
            {
                userName = $"r{Guid.NewGuid():N}"[..16], displayName = "筛选", password = TestFederation.Password,
                organisationId = organisation, roles = new[] { role },
            })).ShouldBe(HttpStatusCode.Created);

        var page = await (await federation.Admin.GetAsync($"/api/admin/users?organisationId={organisation}&role=integrator&pageSize=2"))
            .ShouldBe(HttpStatusCode.OK);

        page.GetProperty("total").GetInt32().Should().Be(3);
        page.GetProperty("items").GetArrayLength().Should().Be(2);
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(u => u.GetProperty("roles")[0].GetString() == "integrator");
    }
}
