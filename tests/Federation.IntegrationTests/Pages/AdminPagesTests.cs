using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Pages;

public sealed class AdminPagesTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public AdminPagesTests(FederationFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/admin/users", "users-table", "用户")]
    [InlineData("/admin/users/new", "new-user-form", "新建用户")]
    [InlineData("/admin/organisations", "organisation-tree", "组织")]
    [InlineData("/admin/places", "towns-table", "镇街与片区")]
    [InlineData("/admin/tokens", "tokens-table", "接口令牌")]
    [InlineData("/admin/audit", "audit-table", "审计日志")]
    [InlineData("/admin/recycle-bin", "recycle-bin-table", "回收站")]
    public async Task Each_admin_page_renders_for_an_admin_in_chinese(string path, string testId, string heading)
    {
        var admin = await PageClient.Admin(factory);

        var page = await admin.Get(path);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Path.Should().Be(path);
        page.TestId(testId).Should().NotBeNull();
        page.Document.QuerySelector("h1")!.TextContent.Should().StartWith(heading);
        page.Document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
    }

    [Fact]
    public async Task The_organisation_page_shows_the_tree_with_branches_beneath_the_city_federation()
    {
        var federation = await TestFederation.Create(factory);
        var admin = await PageClient.Admin(factory);

        var rows = (await admin.Get("/admin/organisations")).All("organisation-row").ToList();

        rows[0].GetAttribute("data-depth").Should().Be("0");
        rows[0].TextContent.Should().Contain("中山市归国华侨联合会").And.Contain("市侨联");
        var branch = await OrganisationName(federation, federation.BranchA);
        rows.Should().ContainSingle(r => r.TextContent.Contains(branch))
            .Which.GetAttribute("data-depth").Should().Be("1");

        rows[0].QuerySelector("a").Should().BeNull("the city federation stays the root and is not edited here");
        var root = await admin.Get($"/admin/organisations/{federation.Root}");
        root.TestId("root-not-editable").Should().NotBeNull();
        root.All("edit-organisation-form").Should().BeEmpty();
    }

    [Theory]
    [InlineData("/admin/users", "platform.admin")]
    [InlineData("/admin/organisations", "platform.admin")]
    [InlineData("/admin/places", "platform.admin")]
    [InlineData("/admin/tokens", "platform.admin")]
    [InlineData("/admin/audit", "platform.audit")]
    public async Task A_leadership_user_is_sent_to_the_forbidden_page_naming_the_permission(string path, string permission)
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation, federation.Root, "leadership");
        var leader = await PageClient.SignedIn(factory, userName, TestFederation.Password);

        var first = await leader.Send(path);
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.Should().Be($"/forbidden?permission={permission}");

        var forbidden = await leader.Get(path);
        forbidden.Status.Should().Be(HttpStatusCode.Forbidden);
        forbidden.TestId("forbidden").TextContent.Should().Contain(permission).And.Contain("此页面需要");
    }

    [Fact]
    public async Task Admin_pages_speak_english_after_switching_language()
    {
        var admin = await PageClient.Admin(factory);
        var users = await admin.Get("/admin/users");
        users.Document.QuerySelector("h1")!.TextContent.Should().Be("用户");

        var switched = await admin.Submit(users.Document, "form[action='/language']");

        switched.Path.Should().Be("/admin/users", "the switch returns to the page it was made on");
        switched.Document.DocumentElement.GetAttribute("lang").Should().Be("en");
        switched.Document.QuerySelector("h1")!.TextContent.Should().Be("Users");
        switched.TestId("users-table").TextContent.Should().Contain("Display name").And.Contain("Administrator");
        (await admin.Get("/admin/organisations")).Document.QuerySelector("h1")!.TextContent.Should().Be("Organisations");
        (await admin.Get("/admin/tokens")).TestId("issue-token-form").TextContent.Should().Contain("Token name");
        (await admin.Get("/admin/audit")).TestId("audit-table").TextContent.Should().Contain("Changes");
    }

    [Fact]
    public async Task A_user_created_on_the_page_gets_a_password_shown_once_and_can_sign_in_with_it()
    {
        var admin = await PageClient.Admin(factory);
        var userName = $"p{Guid.NewGuid():N}"[..14];
        var form = await admin.Get("/admin/users/new");

        var created = await admin.Submit(form.Document, "[data-testid='new-user-form']",
            ("UserName", userName.ToUpperInvariant()), ("DisplayName", "页面新建"), ("Roles", "leadership"), ("Roles", "integrator"));

        created.TestId("user-created").TextContent.Should().Contain(userName);
        var password = created.TestId("generated-password").TextContent.Trim();
        password.Should().HaveLength(16);
        await PageClient.SignedIn(factory, userName, password);

        var list = await admin.Get($"/admin/users?Q={userName}");
        list.All("user-row").Should().ContainSingle().Which.TextContent
            .Should().Contain("页面新建").And.Contain("领导班子").And.Contain("系统对接");
        list.Text.Should().NotContain(password, "the generated password is shown on the answer to the create only");
    }

    [Fact]
    public async Task A_bad_user_name_is_refused_next_to_the_field_in_the_users_language_and_nothing_is_created()
    {
        var admin = await PageClient.Admin(factory);
        var userName = $"bad name {Guid.NewGuid():N}"[..20];

        var refused = await admin.Submit((await admin.Get("/admin/users/new")).Document, "[data-testid='new-user-form']",
            ("UserName", userName), ("DisplayName", "坏名字"), ("Roles", "leadership"));

        refused.Status.Should().Be(HttpStatusCode.OK);
        var error = refused.TestId("error-UserName");
        error.TextContent.Should().Be("只能使用字母、数字、点、短横线和下划线。");
        error.ParentElement!.QuerySelector("input#UserName")!.GetAttribute("value").Should().Be(userName, "the form keeps what was typed");
        refused.TestId("error-DisplayName").TextContent.Should().BeEmpty();
        refused.All("user-created").Should().BeEmpty();

        var english = await admin.Submit(refused.Document, "form[action='/language']");
        var refusedInEnglish = await admin.Submit((await admin.Get("/admin/users/new")).Document, "[data-testid='new-user-form']",
            ("UserName", userName), ("DisplayName", "Bad name"), ("Roles", "leadership"));
        english.Document.DocumentElement.GetAttribute("lang").Should().Be("en");
        refusedInEnglish.TestId("error-UserName").TextContent.Should().Be("Letters, digits, dot, dash and underscore only.");

        var api = await factory.Admin();
        var found = await (await api.GetAsync($"/api/admin/users?q={Uri.EscapeDataString("bad name")}")).ShouldBe(HttpStatusCode.OK);
        found.GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_next_to_the_field()
    {
        var federation = await TestFederation.Create(factory);
        var taken = await CreateUser(federation, federation.Root, "leadership");
        var admin = await PageClient.Admin(factory);

        var refused = await admin.Submit((await admin.Get("/admin/users/new")).Document, "[data-testid='new-user-form']",
            ("UserName", taken), ("DisplayName", "重名"), ("Password", "Another-Passw0rd-9"));

        refused.TestId("error-UserName").TextContent.Should().Be("该用户名已被使用。");
        await PageClient.SignedIn(factory, taken, TestFederation.Password);
    }

    [Fact]
    public async Task Editing_a_user_saves_and_a_stale_form_says_the_record_changed()
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation, federation.Root, "leadership");
        var id = await UserId(federation, userName);
        var admin = await PageClient.Admin(factory);
        var first = await admin.Get($"/admin/users/{id}");
        var second = await admin.Get($"/admin/users/{id}");

        var saved = await admin.Submit(first.Document, "[data-testid='edit-user-form']",
            ("DisplayName", "改过的名字"), ("OrganisationId", federation.BranchA.ToString()), ("Roles", "branch-staff"));
        saved.TestId("saved").Should().NotBeNull();
        ((AngleSharp.Html.Dom.IHtmlInputElement)saved.Document.QuerySelector("#DisplayName")!).Value.Should().Be("改过的名字");
        var stored = await (await federation.Admin.GetAsync($"/api/admin/users/{id}")).ShouldBe(HttpStatusCode.OK);
        stored.GetProperty("organisationId").GetGuid().Should().Be(federation.BranchA);
        stored.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("branch-staff");

        var stale = await admin.Submit(second.Document, "[data-testid='edit-user-form']", ("DisplayName", "晚了一步"));
        stale.TestId("version-error").TextContent.Should().Contain("该记录已被他人修改");
        (await (await federation.Admin.GetAsync($"/api/admin/users/{id}")).Body())
            .GetProperty("displayName").GetString().Should().Be("改过的名字");
    }

    [Fact]
    public async Task Resetting_a_password_shows_a_temporary_one_that_replaces_the_old()
    {
        var federation = await TestFederation.Create(factory);
        var userName = await CreateUser(federation, federation.Root, "leadership");
        var admin = await PageClient.Admin(factory);
        var edit = await admin.Get($"/admin/users/{await UserId(federation, userName)}");

        var reset = await admin.Submit(edit.Document, "[data-testid='reset-password-form']");

        var temporary = reset.TestId("temporary-password").TextContent.Trim();
        temporary.Should().HaveLength(16);
        await PageClient.SignedIn(factory, userName, temporary);
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { userName, password = TestFederation.Password }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the old password stops working");
    }

    [Fact]
    public async Task An_issued_token_is_shown_once_and_revoking_it_on_the_page_stops_it_on_the_api()
    {
        var federation = await TestFederation.Create(factory);
        var integrator = await CreateUser(federation, federation.Root, "integrator");
        var admin = await PageClient.Admin(factory);
        var name = $"ERP {Guid.NewGuid():N}"[..12];
        var tokens = await admin.Get("/admin/tokens");

        var issued = await admin.Submit(tokens.Document, "[data-testid='issue-token-form']",
            ("UserId", (await UserId(federation, integrator)).ToString()), ("Name", name));

        var secret = issued.TestId("token-secret").TextContent.Trim();
        issued.TestId("token-warning").TextContent.Should().Contain("只显示这一次");
        (await factory.WithToken(secret).GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.OK);

        var listed = await admin.Get("/admin/tokens");
        listed.Text.Should().NotContain(secret, "the secret is shown on the answer to the issue only");
        var row = listed.All("token-row").Should().ContainSingle(r => r.TextContent.Contains(name)).Which;
        row.TextContent.Should().Contain(integrator).And.Contain(secret[..10]);

        var revoked = await admin.Submit(listed.Document, $"[data-token-id='{row.GetAttribute("data-token-id")}'] form");

        revoked.TestId("token-revoked").Should().NotBeNull();
        (await factory.WithToken(secret).GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        revoked.All("token-row").Single(r => r.TextContent.Contains(name)).QuerySelector("form").Should().BeNull("a revoked token has nothing left to revoke");
    }

    [Fact]
    public async Task A_token_expiring_in_the_past_is_refused_next_to_the_field()
    {
        var federation = await TestFederation.Create(factory);
        var integrator = await CreateUser(federation, federation.Root, "integrator");
        var admin = await PageClient.Admin(factory);

        var refused = await admin.Submit((await admin.Get("/admin/tokens")).Document, "[data-testid='issue-token-form']",
            ("UserId", (await UserId(federation, integrator)).ToString()), ("Name", "过期"), ("ExpiresOn", "2020-01-01"));

        refused.TestId("error-ExpiresOn").TextContent.Should().Be("到期时间须晚于现在。");
        refused.All("token-secret").Should().BeEmpty();
    }

    [Fact]
    public async Task A_value_that_does_not_parse_is_refused_next_to_its_field_in_chinese()
    {
        var federation = await TestFederation.Create(factory);
        var integrator = await CreateUser(federation, federation.Root, "integrator");
        var admin = await PageClient.Admin(factory);

        var refused = await admin.Submit((await admin.Get("/admin/tokens")).Document, "[data-testid='issue-token-form']",
            ("UserId", (await UserId(federation, integrator)).ToString()), ("Name", "手填日期"), ("ExpiresOn", "明年"));

        refused.TestId("error-ExpiresOn").TextContent.Should().Be("“明年”不是有效的值。");
        refused.All("token-secret").Should().BeEmpty();
    }

    [Fact]
    public async Task Organisations_created_and_renamed_on_the_pages_show_in_the_audit_log()
    {
        var admin = await PageClient.Admin(factory);
        var name = $"坦洲镇侨联-{Guid.NewGuid():N}"[..14];
        var organisations = await admin.Get("/admin/organisations");
        var created = await admin.Submit(organisations.Document, "[data-testid='new-organisation-form']",
            ("Form.Name", name), ("Form.NameEn", "Tanzhou Town Federation"), ("Form.Town", "坦洲"));
        created.TestId("organisation-created").TextContent.Should().Contain(name);
        var row = created.All("organisation-row").Single(r => r.TextContent.Contains(name));
        row.GetAttribute("data-depth").Should().Be("1");

        var edit = await admin.Get(row.QuerySelector("a")!.GetAttribute("href")!);
        var renamed = await admin.Submit(edit.Document, "[data-testid='edit-organisation-form']", ("Form.Name", name + "新"));
        renamed.TestId("saved").Should().NotBeNull();

        var audit = await Eventually.Within(TimeSpan.FromSeconds(10),
            () => admin.Get("/admin/audit?EntityType=Organisation&UserName=admin"),
            page => page.All("audit-row").Count(r => r.TextContent.Contains(name)) >= 2);
        var entries = audit.All("audit-row").ToList();
        // Both rows name the organisation as it is now; the rename is the modification.
        var rename = entries.Should().ContainSingle(r => r.TextContent.Contains(name + "新") && r.Children[4].TextContent.Trim() == "修改").Which;
        Regex.IsMatch(rename.Children[0].TextContent.Trim(), @"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$").Should().BeTrue();
        rename.QuerySelector("[data-testid='audit-user'] small")!.TextContent.Trim().Should().Be("admin");
        rename.Children[2].TextContent.Trim().Should().Be("系统管理");
        rename.Children[4].TextContent.Trim().Should().Be("修改");
        Regex.Replace(rename.QuerySelector("[data-testid='audit-changes']")!.TextContent, @"\s+", " ")
            .Should().Contain($"名称: {name} → {name}新");
        entries.Should().Contain(r => r.Children[4].TextContent.Trim() == "新增" && r.TextContent.Contains("Tanzhou Town Federation"),
            "the creation is listed too, below the newer rename");
    }

    [Fact]
    public async Task The_audit_page_refuses_a_range_that_ends_before_it_starts_next_to_the_end()
    {
        var admin = await PageClient.Admin(factory);

        var page = await admin.Get("/admin/audit?From=2026-05-02&To=2026-05-01");

        page.TestId("error-To").TextContent.Should().Be("结束时间早于开始时间。");
        page.All("audit-row").Should().BeEmpty();
    }

    private static async Task<string> CreateUser(TestFederation federation, Guid organisation, string role)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "测试", password = TestFederation.Password, organisationId = organisation, roles = new[] { role },
        })).ShouldBe(HttpStatusCode.Created);
        return userName;
    }

    private static async Task<Guid> UserId(TestFederation federation, string userName)
    {
        var found = await (await federation.Admin.GetAsync($"/api/admin/users?q={userName}")).ShouldBe(HttpStatusCode.OK);
        return found.GetProperty("items")[0].Id();
    }

    private static async Task<string> OrganisationName(TestFederation federation, Guid id)
    {
        var all = await (await federation.Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        return all.EnumerateArray().Single(o => o.Id() == id).GetProperty("name").GetString()!;
    }
}
