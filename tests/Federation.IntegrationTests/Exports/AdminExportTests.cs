using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>The users list and the audit log export what their filters select, in the scope the page reads.</summary>
public sealed class AdminExportTests
{
    [Fact]
    public async Task The_users_export_every_filtered_user_with_organisation_roles_and_state()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var prefix = $"exp{EnterpriseRequests.Unique()}";
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var created = await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
            {
                userName = $"{prefix}{i}", displayName = $"导出用户{i}", password = TestFederation.Password,
                organisationId = federation.BranchA, roles = new[] { "leadership", "branch-staff" },
            })).ShouldBe(HttpStatusCode.Created);
            ids.Add(created.GetProperty("user").Id());
        }
        var stored = await (await federation.Admin.GetAsync($"/api/admin/users/{ids[1]}")).ShouldBe(HttpStatusCode.OK);
        await (await federation.Admin.PutAsJsonAsync($"/api/admin/users/{ids[1]}", new
        {
            displayName = "导出用户1", organisationId = federation.BranchA, roles = new[] { "leadership", "branch-staff" },
            disabled = true, version = stored.GetProperty("version").GetInt32(),
        })).ShouldBe(HttpStatusCode.OK);
        var total = (await (await federation.Admin.GetAsync($"/api/admin/users?q={prefix}")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        var branch = (await (await federation.Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK)).EnumerateArray()
            .Single(o => o.Id() == federation.BranchA).GetProperty("name").GetString();

        var rows = await Workbooks.Rows(federation.Admin, $"/admin/users?handler=Export&Q={prefix}&page=2");

        rows.Should().HaveCount(total).And.HaveCount(3, "the filter selects three users, whatever page the reader was on");
        rows[0].Keys.Should().Equal("用户名", "姓名", "所属组织", "角色", "已停用", "已锁定");
        rows.Select(r => (string)r["用户名"]).Should().Equal($"{prefix}0", $"{prefix}1", $"{prefix}2");
        rows[0]["姓名"].Should().Be("导出用户0");
        rows[0]["所属组织"].Should().Be(branch);
        ((string)rows[0]["角色"]).Should().Contain("领导班子").And.Contain("镇街侨联工作人员").And.Contain("、");
        rows.Select(r => (string)r["已停用"]).Should().Equal("否", "是", "否");
        rows.Should().OnlyContain(r => (string)r["已锁定"] == "否");

        var english = await Workbooks.Rows(federation.Admin, $"/admin/users?handler=Export&Q={prefix}&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Equal("User name", "Display name", "Organisation", "Roles", "Disabled", "Locked out");
        english[1]["Disabled"].Should().Be("Yes");
        ((string)english[0]["Roles"]).Should().Contain("Leadership").And.Contain("Branch federation staff");

        var bad = await federation.Admin.GetAsync("/admin/users?handler=Export&OrganisationId=not-an-id");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Fact]
    public async Task The_audit_export_holds_the_filtered_entries_in_china_time_and_a_branch_admin_only_its_own()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var own = new List<JsonElement>();
        for (var i = 0; i < 2; i++)
            own.Add(await TradeRequests.Record(federation.Admin, TradeRequests.Order(federation.BranchA, enterpriseName: $"审计导出企业A{i}")));
        var other = await TradeRequests.Record(federation.Admin, TradeRequests.Order(federation.BranchB, enterpriseName: "审计导出企业B"));
        var entry = default(JsonElement);
        foreach (var order in own.Append(other))
            entry = await Eventually.Within(TimeSpan.FromSeconds(10),
                async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityId={order.Id()}")).Body(),
                body => body.GetProperty("total").GetInt32() > 0);
        var entityType = entry.GetProperty("items")[0].GetProperty("entityType").GetString();
        var filter = $"Module=Trade&EntityType={entityType}";
        var total = (await (await federation.Admin.GetAsync($"/api/admin/audit?module=Trade&entityType={entityType}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("total").GetInt32();
        total.Should().BeGreaterThanOrEqualTo(3);

        var rows = await Workbooks.Rows(federation.Admin, $"/admin/audit?handler=Export&{filter}&page=2");

        rows.Should().HaveCount(total);
        rows[0].Keys.Should().Equal("时间", "用户", "姓名", "模块", "记录类型", "记录", "操作", "变更内容");
        var row = rows.Single(r => ((string)r["变更内容"]).Contains("审计导出企业B"));
        ((string)row["时间"]).Should().MatchRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$");
        var at = entry.GetProperty("items")[0].GetProperty("atUtc").GetDateTime().ToUniversalTime();
        row["时间"].Should().Be(at.AddHours(8).ToString("yyyy-MM-dd HH:mm"), "times are China time, UTC+8");
        row["用户"].Should().Be("admin");
        row["模块"].Should().Be("以侨助贸");
        ((string)row["记录类型"]).Should().NotBe(entityType, "the record type reads in Chinese");
        row["操作"].Should().Be("新增");
        ((string)row["变更内容"]).Should().Contain(": 审计导出企业B");

        var branchAdmin = await federation.User(federation.BranchA, "admin");
        var branchTotal = (await (await branchAdmin.GetAsync($"/api/admin/audit?module=Trade&entityType={entityType}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("total").GetInt32();
        var branchRows = await Workbooks.Rows(branchAdmin, $"/admin/audit?handler=Export&{filter}");
        branchRows.Should().HaveCount(branchTotal).And.HaveCount(2, "a branch's admin exports its own subtree's entries only");
        branchRows.Select(r => (string)r["变更内容"]).Should().OnlyContain(c => c.Contains("审计导出企业A"));

        var english = await Workbooks.Rows(federation.Admin, $"/admin/audit?handler=Export&{filter}&culture=en");
        english.Should().HaveCount(total);
        english[0].Keys.Should().Contain(["Time", "User", "Module", "Record", "Action", "Changes"]);
        english.Single(r => ((string)r["Changes"]).Contains("审计导出企业B"))["Action"].Should().Be("Added");

        var bad = await federation.Admin.GetAsync("/admin/audit?handler=Export&From=2024-05-02&To=2024-05-01");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Theory]
    [InlineData("/admin/users?handler=Export", "platform.admin")]
    [InlineData("/admin/audit?handler=Export", "platform.audit")]
    public async Task A_user_without_admin_rights_gets_the_forbidden_page_and_no_workbook(string path, string permission)
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var userName = $"lead{EnterpriseRequests.Unique()}";
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "领导", password = TestFederation.Password, organisationId = federation.Root, roles = new[] { "leadership" },
        })).ShouldBe(HttpStatusCode.Created);
        var leader = await PageClient.SignedIn(factory, userName, TestFederation.Password);

        var forbidden = await leader.Get(path);

        forbidden.Status.Should().Be(HttpStatusCode.Forbidden);
        forbidden.Path.Should().Be("/forbidden");
        forbidden.TestId("forbidden").TextContent.Should().Contain(permission);
    }
}
