using System.Net;
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
}
