using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>The audit log shows a branch's admin its own subtree's changes, never another branch's.</summary>
public sealed class AuditScopeTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public AuditScopeTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_branch_admin_reads_the_audit_of_its_own_records_and_not_of_another_branch()
    {
        var federation = await TestFederation.Create(factory);
        var own = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(federation.BranchA)))
            .ShouldBe(HttpStatusCode.Created);
        var other = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(federation.BranchB)))
            .ShouldBe(HttpStatusCode.Created);
        var rootAudit = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityId={other.Id()}")).Body(),
            body => body.GetProperty("total").GetInt32() > 0);
        rootAudit.GetProperty("total").GetInt32().Should().Be(1, "the root's admin reads every branch");
        await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityId={own.Id()}")).Body(),
            body => body.GetProperty("total").GetInt32() > 0);

        var branchAdmin = await federation.User(federation.BranchA, "admin");

        (await (await branchAdmin.GetAsync($"/api/admin/audit?entityId={own.Id()}")).Body()).GetProperty("total").GetInt32()
            .Should().Be(1);
        (await (await branchAdmin.GetAsync($"/api/admin/audit?entityId={other.Id()}")).Body()).GetProperty("total").GetInt32()
            .Should().Be(0, "branch B's project is hidden from branch A, and so is its history");
        var stages = await (await branchAdmin.GetAsync("/api/admin/audit?entityType=ProjectStageChange&pageSize=200")).Body();
        stages.GetProperty("items").EnumerateArray().Should().NotBeEmpty("a project's stage rows belong to the project's organisation");
    }
}
