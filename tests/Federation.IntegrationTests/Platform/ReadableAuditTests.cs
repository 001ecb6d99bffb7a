using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

/// <summary>The audit log reads without a developer: named fields, names for ids, who really did it.</summary>
public sealed class ReadableAuditTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public ReadableAuditTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_renamed_project_reads_as_its_named_field_from_old_to_new_with_the_users_display_name_in_both_languages()
    {
        var federation = await TestFederation.Create(factory);
        var admin = await federation.User(federation.Root, "admin");
        var body = InvestmentRequests.Project(federation.BranchA);
        body["name"] = "旧项目名称";
        var id = (await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created)).Id();
        var corrected = new Dictionary<string, object?>(body) { ["name"] = "新项目名称", ["version"] = 1 };
        corrected.Remove("stage");
        corrected.Remove("stageDate");
        corrected.Remove("organisationId");
        (await admin.PutAsJsonAsync($"/api/investment/projects/{id}", corrected)).StatusCode.Should().Be(HttpStatusCode.OK);

        var zh = await Modified(admin, $"/api/admin/audit?module=Investment&entityType=Project&entityId={id}");
        zh.GetProperty("userDisplayName").GetString().Should().Be("测试用户");
        zh.GetProperty("recordType").GetString().Should().Be("招商项目");
        zh.GetProperty("actionName").GetString().Should().Be("修改");
        Lines(zh).Should().Equal("名称: 旧项目名称 → 新项目名称");

        var en = await Modified(admin, $"/api/admin/audit?module=Investment&entityType=Project&entityId={id}&culture=en");
        en.GetProperty("recordType").GetString().Should().Be("Project");
        Lines(en).Should().Equal("Name: 旧项目名称 → 新项目名称");
    }

    [Fact]
    public async Task An_added_project_shows_its_organisation_by_name_its_amount_in_yi_yuan_and_its_stage_by_label()
    {
        var federation = await TestFederation.Create(factory);
        var id = (await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(federation.BranchA)))
            .ShouldBe(HttpStatusCode.Created)).Id();

        var added = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await federation.Admin.GetAsync($"/api/admin/audit?entityType=Project&entityId={id}")).Body(),
            // The record's name comes from search, which takes the project's event on its own (on RabbitMQ, later).
            b => b.GetProperty("total").GetInt32() > 0 && b.GetProperty("items")[0].GetProperty("recordName").ValueKind == JsonValueKind.String);
        var lines = Lines(added.GetProperty("items")[0]);

        lines.Should().Contain("金额: 8亿元").And.Contain("阶段: 签约").And.Contain("名称: 高端装备制造项目");
        lines.Should().Contain(l => l.StartsWith("所属组织: ") && !l.Contains(federation.BranchA.ToString()), "the organisation is named");
        lines.Should().NotContain(l => l.StartsWith("Version") || l.StartsWith("Id:"), "technical fields are left out");
        added.GetProperty("items")[0].GetProperty("recordName").GetString().Should().Be("高端装备制造项目");
    }

    [Fact]
    public async Task Sign_ins_name_the_real_user_and_a_failed_one_the_name_tried()
    {
        var federation = await TestFederation.Create(factory);
        var tried = $"nobody{Guid.NewGuid():N}"[..16];
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { userName = tried, password = "wrong-password1" }))
            .StatusCode.Should().NotBe(HttpStatusCode.OK);

        var failed = await (await federation.Admin.GetAsync($"/api/admin/audit?entityType=SignIn&userName={tried}")).Body();
        var entry = failed.GetProperty("items").EnumerateArray().Should().ContainSingle().Which;
        entry.GetProperty("actionName").GetString().Should().Be("登录失败");
        Lines(entry).Should().Equal($"尝试的用户名: {tried}");

        var signedIn = await (await federation.Admin.GetAsync("/api/admin/audit?entityType=SignIn&userName=admin")).Body();
        signedIn.GetProperty("items").EnumerateArray().Should().Contain(e => e.GetProperty("action").GetString() == "SignedIn"
            && e.GetProperty("userDisplayName").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData("?module=NoSuchModule", "module")]
    [InlineData("?from=2024-01-02&to=2024-01-01", "to")]
    public async Task A_bad_filter_is_a_problem_naming_the_field(string query, string field)
    {
        var federation = await TestFederation.Create(factory);

        var response = await federation.Admin.GetAsync("/api/admin/audit" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Body()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        var federation = await TestFederation.Create(factory);
        var staff = await federation.User(federation.Root, "leadership");

        (await staff.GetAsync("/api/admin/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Modified(HttpClient client, string url)
    {
        var body = await Eventually.Within(TimeSpan.FromSeconds(10), async () => await (await client.GetAsync(url)).Body(),
            b => b.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("action").GetString() == "Modified"));
        return body.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "Modified");
    }

    private static List<string> Lines(JsonElement entry) => entry.GetProperty("changed").EnumerateArray()
        .Select(c => c.TryGetProperty("from", out var from) && from.ValueKind != JsonValueKind.Null
            ? $"{c.GetProperty("name").GetString()}: {from.GetString()} → {c.GetProperty("to").GetString()}"
            : $"{c.GetProperty("name").GetString()}: {c.GetProperty("to").GetString()}")
        .ToList();
}
