using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Exports;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Personal data as PIPL expects (ADR 0030): masked for roles without the module's permission, shown
/// in full on an explicit, logged action, exported in full only with a reason, and a talent who did not
/// agree to be contacted keeps their contact from everyone without the permission.
/// </summary>
public sealed class PersonalDataTests
{
    private const string Phone = "13812345678";
    private const string Masked = "138****5678";

    [Fact]
    public async Task A_leader_reads_a_talents_phone_masked_and_the_talent_departments_staff_read_it_in_full()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "脱敏甲", Phone, consent: true);
        var leader = await federation.User(federation.Root, "leadership");
        var branch = await federation.User(federation.Root, "branch-staff");
        var staff = await federation.User(federation.Root, "talent-staff");

        var seen = await (await leader.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        seen.GetProperty("contact").GetString().Should().Be(Masked);
        seen.GetProperty("contactMasked").GetBoolean().Should().BeTrue();
        Listed(await (await leader.GetAsync("/api/talent/talents?q=脱敏甲")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString().Should().Be(Masked);
        (await (await branch.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString()
            .Should().Be(Masked, "branch staff are not the talent department");

        var full = await (await staff.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        full.GetProperty("contact").GetString().Should().Be(Phone);
        full.GetProperty("contactMasked").GetBoolean().Should().BeFalse();
        Listed(await (await staff.GetAsync("/api/talent/talents?q=脱敏甲")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString().Should().Be(Phone);
    }

    [Fact]
    public async Task Showing_a_masked_phone_answers_it_in_full_and_the_access_log_says_who_saw_whose_field_from_where()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "脱敏乙", Phone, consent: true);
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");

        var shown = await (await leader.GetAsync($"/api/talent/talents/{talent}/personal-data?field=contact")).ShouldBe(HttpStatusCode.OK);

        shown.GetProperty("value").GetString().Should().Be(Phone);
        var entry = Listed(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}")).ShouldBe(HttpStatusCode.OK));
        entry.GetProperty("userName").GetString().Should().Be(leaderName);
        entry.GetProperty("action").GetString().Should().Be("shown");
        entry.GetProperty("actionName").GetString().Should().Be("点击显示");
        entry.GetProperty("module").GetString().Should().Be("Talent");
        entry.GetProperty("recordName").GetString().Should().Be("脱敏乙");
        entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().Equal("contact");
        entry.GetProperty("fieldTitles").EnumerateArray().Select(f => f.GetString()).Should().Equal("联系方式");
        entry.GetProperty("organisationId").GetGuid().Should().Be(federation.Root);
        // The test server has no remote address to record; a real host records the caller's.
        entry.TryGetProperty("address", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Reading_a_talent_in_full_is_logged_and_reading_it_masked_is_not()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "脱敏丙", Phone, consent: true);
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");
        var (staff, staffName) = await Account(federation, federation.Root, "talent-staff");

        await (await leader.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        await (await staff.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);

        var entries = Items(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}")).ShouldBe(HttpStatusCode.OK));
        entries.Select(e => (e.GetProperty("userName").GetString(), e.GetProperty("action").GetString()))
            .Should().Equal([(staffName, "viewed")], "the leader read the mask only; the staff member read the phone");
        leaderName.Should().NotBe(staffName);
    }

    [Fact]
    public async Task A_talent_who_did_not_consent_keeps_the_contact_from_readers_without_the_permission_in_the_api_pages_and_exports()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "未同意甲", Phone, consent: false);
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");

        var seen = await (await leader.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        seen.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null, "not even masked");
        seen.GetProperty("contactWithheld").GetBoolean().Should().BeTrue();
        Listed(await (await leader.GetAsync("/api/talent/talents?q=未同意甲")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);
        var refused = await (await leader.GetAsync($"/api/talent/talents/{talent}/personal-data?field=contact")).ShouldBe(HttpStatusCode.Conflict);
        refused.GetProperty("errors").TryGetProperty("contact", out _).Should().BeTrue();

        var page = await (await PageClient.SignedIn(factory, leaderName, TestFederation.Password)).Get($"/talent/talents/{talent}");
        page.TestId("talent-contact").TextContent.Should().NotContain("5678");
        page.All("show-personal").Should().BeEmpty();
        page.TestId("personal-withheld");

        var staff = await federation.User(federation.Root, "talent-staff");
        (await (await staff.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString()
            .Should().Be(Phone, "the department's staff hold the permission");
        var rows = await Workbooks.Rows(staff, "/talent/talents?handler=Export&q=未同意甲&ExportReason=" + Uri.EscapeDataString("回访核对"));
        rows.Single()["联系方式"].Should().BeNull("a contact leaves the product only with consent, even in a full export");
        Items(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}&action=exported")).ShouldBe(HttpStatusCode.OK))
            .Should().BeEmpty("no contact was exported");
    }

    [Fact]
    public async Task The_talent_page_shows_a_leader_the_mask_and_a_show_button_and_the_staff_the_phone()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "脱敏丁", Phone, consent: true);
        var (_, leaderName) = await Account(federation, federation.Root, "leadership");
        var (_, staffName) = await Account(federation, federation.Root, "talent-staff");

        var asLeader = await (await PageClient.SignedIn(factory, leaderName, TestFederation.Password)).Get($"/talent/talents/{talent}");
        var asStaff = await (await PageClient.SignedIn(factory, staffName, TestFederation.Password)).Get($"/talent/talents/{talent}");

        asLeader.TestId("talent-contact").TextContent.Should().Contain(Masked).And.NotContain(Phone);
        asLeader.TestId("show-personal").GetAttribute("data-reveal").Should().Be($"/api/talent/talents/{talent}/personal-data?field=contact");
        asStaff.TestId("talent-contact").TextContent.Should().Contain(Phone);
        asStaff.All("show-personal").Should().BeEmpty();
    }

    [Fact]
    public async Task A_talent_export_is_masked_unless_a_holder_gives_a_reason_and_the_full_export_is_logged_with_it()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "导出脱敏甲", Phone, consent: true);
        var (staff, staffName) = await Account(federation, federation.Root, "talent-staff");
        var (leader, _) = await Account(federation, federation.Root, "leadership");

        (await Workbooks.Rows(staff, "/talent/talents?handler=Export&q=导出脱敏甲")).Single()["联系方式"].Should().Be(Masked, "no reason, no full export");
        (await Workbooks.Rows(leader, "/talent/talents?handler=Export&q=导出脱敏甲")).Single()["联系方式"].Should().Be(Masked);
        Items(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}")).ShouldBe(HttpStatusCode.OK)).Should().BeEmpty();

        var full = await Workbooks.Rows(staff, "/talent/talents?handler=Export&q=导出脱敏甲&ExportReason=" + Uri.EscapeDataString("雁南归回访"));

        full.Single()["联系方式"].Should().Be(Phone);
        var entry = Listed(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={talent}&action=exported")).ShouldBe(HttpStatusCode.OK));
        entry.GetProperty("userName").GetString().Should().Be(staffName);
        entry.GetProperty("reason").GetString().Should().Be("雁南归回访");
        (await leader.GetAsync("/talent/talents?handler=Export&q=导出脱敏甲&ExportReason=x")).StatusCode
            .Should().Be(HttpStatusCode.BadRequest, "a leader may not export personal data in full");
        (await staff.GetAsync("/talent/talents?handler=Export&ExportReason=" + new string('因', 501))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var list = await (await PageClient.SignedIn(factory, staffName, TestFederation.Password)).Get("/talent/talents");
        list.TestId("full-export");
    }

    [Fact]
    public async Task Sending_back_the_masked_contact_a_branch_was_shown_keeps_the_phone_and_a_new_one_replaces_it()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "脱敏戊", Phone, consent: true);
        var branch = await federation.User(federation.Root, "branch-staff");
        var shown = await (await branch.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        var body = TalentRequests.Talent(name: "脱敏戊", contact: shown.GetProperty("contact").GetString());
        body["version"] = shown.GetProperty("version").GetInt32();
        body["field"] = "新材料";

        await (await branch.PutAsJsonAsync($"/api/talent/talents/{talent}", body)).ShouldBe(HttpStatusCode.OK);

        var stored = await (await federation.Admin.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK);
        (stored.GetProperty("contact").GetString(), stored.GetProperty("field").GetString()).Should().Be((Phone, "新材料"));
        body["contact"] = "13900001111";
        body["version"] = stored.GetProperty("version").GetInt32();
        await (await branch.PutAsJsonAsync($"/api/talent/talents/{talent}", body)).ShouldBe(HttpStatusCode.OK);
        (await (await federation.Admin.GetAsync($"/api/talent/talents/{talent}")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString()
            .Should().Be("13900001111");
    }

    [Fact]
    public async Task Enterprise_contacts_phones_are_masked_for_a_leader_shown_one_at_a_time_and_exported_masked()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var body = EnterpriseRequests.Enterprise(federation.Root);
        body["name"] = "中山市脱敏侨企有限公司";
        body["contacts"] = new[] { new { name = "陈先生", role = "总经理", phone = "0760-88888888" }, new { name = "李女士", role = "财务", phone = Phone } };
        var enterprise = (await (await federation.Admin.PostAsJsonAsync("/api/enterprises/enterprises", body)).ShouldBe(HttpStatusCode.Created)).Id();
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");
        var staff = await federation.User(federation.Root, "enterprises-staff");

        var seen = await (await leader.GetAsync($"/api/enterprises/enterprises/{enterprise}")).ShouldBe(HttpStatusCode.OK);
        seen.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("phone").GetString()).Should().Equal("076******8888", Masked);
        seen.GetProperty("contacts")[1].GetProperty("name").GetString().Should().Be("李女士", "names are not masked");
        (await (await staff.GetAsync($"/api/enterprises/enterprises/{enterprise}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("contacts")[1].GetProperty("phone").GetString().Should().Be(Phone);

        var shown = await (await leader.GetAsync($"/api/enterprises/enterprises/{enterprise}/personal-data?field=contacts.phone&contact=1")).ShouldBe(HttpStatusCode.OK);
        shown.GetProperty("value").GetString().Should().Be(Phone);
        var entry = Listed(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={enterprise}&action=shown")).ShouldBe(HttpStatusCode.OK));
        (entry.GetProperty("userName").GetString(), entry.GetProperty("recordName").GetString()).Should().Be((leaderName, "中山市脱敏侨企有限公司"));

        var page = await (await PageClient.SignedIn(factory, leaderName, TestFederation.Password)).Get($"/enterprises/registry/{enterprise}");
        page.TestId("contacts").TextContent.Should().Contain(Masked).And.NotContain(Phone);
        page.All("show-personal").Should().HaveCount(2);
        var rows = await Workbooks.Rows(leader, "/enterprises/registry?handler=Export&q=" + Uri.EscapeDataString("脱敏侨企"));
        ((string)rows.Single()["联系人"]).Should().Contain("李女士 财务 " + Masked).And.NotContain(Phone);
    }

    [Fact]
    public async Task The_access_log_filters_by_user_module_and_action_and_a_branch_admin_reviews_only_its_own_records()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var own = await Talent(federation.Admin, "分会人才", Phone, consent: true, organisation: federation.BranchA);
        var other = await Talent(federation.Admin, "他会人才", Phone, consent: true, organisation: federation.BranchB);
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");
        foreach (var id in new[] { own, other })
            await (await leader.GetAsync($"/api/talent/talents/{id}/personal-data?field=contact")).ShouldBe(HttpStatusCode.OK);
        await (await federation.Admin.GetAsync($"/api/talent/talents/{own}")).ShouldBe(HttpStatusCode.OK);

        var byLeader = Items(await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?userName={leaderName}")).ShouldBe(HttpStatusCode.OK));
        byLeader.Select(e => e.GetProperty("recordId").GetGuid()).Should().BeEquivalentTo([own, other]);
        Items(await (await federation.Admin.GetAsync("/api/admin/personal-data-access?module=Talent&action=viewed")).ShouldBe(HttpStatusCode.OK))
            .Select(e => (e.GetProperty("userName").GetString(), e.GetProperty("recordId").GetGuid())).Should().Equal([("admin", own)]);
        Items(await (await federation.Admin.GetAsync("/api/admin/personal-data-access?module=Enterprises")).ShouldBe(HttpStatusCode.OK)).Should().BeEmpty();
        Items(await (await federation.Admin.GetAsync("/api/admin/personal-data-access?from=2000-01-01&to=2000-12-31")).ShouldBe(HttpStatusCode.OK)).Should().BeEmpty();

        var branchAdmin = await federation.User(federation.BranchA, "admin");
        Items(await (await branchAdmin.GetAsync("/api/admin/personal-data-access")).ShouldBe(HttpStatusCode.OK))
            .Should().OnlyContain(e => e.GetProperty("recordId").GetGuid() == own, "branch B's talent is not branch A's to review");
    }

    [Fact]
    public async Task An_admin_reads_on_the_access_log_page_who_showed_whose_contact()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var talent = await Talent(federation.Admin, "页面人才", Phone, consent: true);
        var (leader, leaderName) = await Account(federation, federation.Root, "leadership");
        await (await leader.GetAsync($"/api/talent/talents/{talent}/personal-data?field=contact")).ShouldBe(HttpStatusCode.OK);

        var page = await (await PageClient.Admin(factory)).Get($"/admin/personal-data-access?userName={leaderName}");

        page.Status.Should().Be(HttpStatusCode.OK);
        var row = page.All("access-row").Should().ContainSingle().Subject;
        row.QuerySelector("[data-testid=access-user]")!.TextContent.Should().Contain(leaderName);
        row.QuerySelector("[data-testid=access-action]")!.TextContent.Should().Be("点击显示");
        row.QuerySelector("[data-testid=access-record]")!.TextContent.Should().Contain("页面人才").And.Contain("招才引智");
        row.QuerySelector("[data-testid=access-fields]")!.TextContent.Should().Be("联系方式");
        var refused = await (await PageClient.SignedIn(factory, leaderName, TestFederation.Password)).Get("/admin/personal-data-access");
        refused.Path.Should().Be("/forbidden", "a leader does not review the access log");
    }

    [Fact]
    public async Task Only_each_departments_staff_and_admins_hold_the_personal_data_permissions()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();

        var roles = (await (await admin.GetAsync("/api/admin/roles")).ShouldBe(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList());

        roles.Where(r => r.Value.Contains("talent.personal-data.read")).Select(r => r.Key).Should().BeEquivalentTo(["admin", "talent-staff"]);
        roles.Where(r => r.Value.Contains("enterprises.personal-data.read")).Select(r => r.Key).Should().BeEquivalentTo(["admin", "enterprises-staff"]);
    }

    [Fact]
    public async Task A_talents_contact_is_not_searchable()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        await Talent(admin, "搜索人才", Phone, consent: true);
        await Eventually.Within(TimeSpan.FromSeconds(15), async () => (await (await admin.GetAsync("/api/search?q=" + Uri.EscapeDataString("搜索人才"))).Body())
            .GetProperty("total").GetInt32(), total => total > 0);

        (await (await admin.GetAsync($"/api/search?q={Phone}")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32()
            .Should().Be(0, "phone numbers are never indexed");
    }

    private static async Task<Guid> Talent(HttpClient admin, string name, string contact, bool consent, Guid? organisation = null)
    {
        var body = TalentRequests.Talent(organisation, name, contact);
        body["consentToContact"] = consent;
        if (!consent) body["consentRecordedOn"] = null;
        return (await (await admin.PostAsJsonAsync("/api/talent/talents", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task<(HttpClient Client, string UserName)> Account(TestFederation federation, Guid organisation, params string[] roles)
    {
        var userName = $"p{Guid.NewGuid():N}"[..20];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "个人信息测试", password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return (await federation.Factory.SignedIn(userName, TestFederation.Password), userName);
    }

    private static List<JsonElement> Items(JsonElement body) =>
        (body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("items")).EnumerateArray().ToList();

    private static JsonElement Listed(JsonElement body) => Items(body).Should().ContainSingle().Subject;
}
