using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task A_switched_off_module_has_no_endpoints_and_no_permissions()
    {
        using var factory = new FederationFactory().With("Modules:Investment:Enabled", "false");
        var admin = await factory.Admin();

        (await admin.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Should().NotContain(p => p!.StartsWith("investment."));
        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);
        modules.GetProperty("disabled").EnumerateArray().Select(d => d.GetString()).Should().Contain("Investment");
    }

    [Fact]
    public async Task An_enabled_module_lists_its_permissions_and_kpis()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();

        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);

        var investment = modules.GetProperty("enabled").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Investment");
        investment.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("key").GetString())
            .Should().BeEquivalentTo(["investment.read", "investment.write"]);
        investment.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("key").GetString())
            .Should().Contain(["investment.projects-signed", "investment.signed-amount", "investment.groundbreaking-rate"]);
    }
}
