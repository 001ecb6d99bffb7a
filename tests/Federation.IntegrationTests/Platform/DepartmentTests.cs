using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Imports;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// The organisations' department lists (issue 23): kept by admins, offered to every work line, and
/// checked where a record names a department. Each test keeps its lists under a branch of its own,
/// so the tests sharing this database do not see each other's departments.
/// </summary>
public sealed class DepartmentTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task An_admin_adds_renames_and_removes_a_department_and_a_second_one_of_the_same_name_is_refused()
    {
        var admin = await factory.Admin();
        var branch = await Branch(admin);

        var created = await (await admin.PostAsJsonAsync("/api/admin/departments", new { name = "联络部", kind = "own", organisationId = branch }))
            .ShouldBe(HttpStatusCode.Created);
        var clash = await (await admin.PostAsJsonAsync("/api/admin/departments", new { name = " 联络部 ", kind = "own", organisationId = branch }))
            .ShouldBe(HttpStatusCode.Conflict);
        clash.GetProperty("errors").GetProperty("name")[0].GetString().Should().Contain("联络部");

        var renamed = await (await admin.PutAsJsonAsync($"/api/admin/departments/{created.Id()}",
            new { name = "联络联谊部", kind = "own", version = created.GetProperty("version").GetInt32() })).ShouldBe(HttpStatusCode.OK);
        renamed.GetProperty("name").GetString().Should().Be("联络联谊部");
        (await Names(admin, branch, "own")).Should().Equal("联络联谊部");

        (await admin.DeleteAsync($"/api/admin/departments/{created.Id()}?version={renamed.GetProperty("version").GetInt32()}"))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/admin/departments/{created.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Names(admin, branch, "own")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_branch_offers_its_own_departments_first_then_its_parents()
    {
        var admin = await factory.Admin();
        var branch = await Branch(admin);
        var child = await Branch(admin, branch);
        await Department(admin, branch, "government", "市商务局");
        await Department(admin, child, "government", "镇经济发展局");

        // The city's own list (other tests add to it) comes after the branches'.
        (await Names(admin, child, "government")).Should().StartWith(new[] { "镇经济发展局", "市商务局" });
        (await Names(admin, branch, "government")).Should().StartWith(new[] { "市商务局" }).And.NotContain("镇经济发展局");
        (await Names(admin, child, "own")).Should().BeEmpty("own and government departments are separate lists");
    }

    [Fact]
    public async Task A_concern_referred_to_a_department_not_on_the_list_is_refused_naming_the_department_and_stays_open()
    {
        var admin = await factory.Admin();
        var branch = await Branch(admin);
        await Department(admin, branch, "government", "国家税务总局中山市税务局");
        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(branch));
        var concern = await EnterpriseRequests.Created(admin, "/api/enterprises/concerns", EnterpriseRequests.Concern(enterprise.Id(), organisationId: branch));

        var refused = await (await admin.PostAsJsonAsync($"/api/enterprises/concerns/{concern.Id()}/steps",
            EnterpriseRequests.Refer("2023-03-02", 1, "市税务所"))).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("department")[0].GetString().Should().Contain("市税务所").And.Contain("部门");
        (await (await admin.GetAsync($"/api/enterprises/concerns/{concern.Id()}")).Body()).GetProperty("status").GetString().Should().Be("open");

        var referred = await (await admin.PostAsJsonAsync($"/api/enterprises/concerns/{concern.Id()}/steps",
            EnterpriseRequests.Refer("2023-03-02", 1, "国家税务总局中山市税务局"))).ShouldBe(HttpStatusCode.OK);
        referred.GetProperty("department").GetString().Should().Be("国家税务总局中山市税务局");
    }

    [Fact]
    public async Task Sessions_measures_and_programmes_refuse_an_unlisted_department_naming_its_field()
    {
        var admin = await factory.Admin();
        var branch = await Branch(admin);
        await Department(admin, branch, "government", "市商务局");
        await Department(admin, branch, "own", "经济科技部");

        var session = EnterpriseRequests.PolicySession();
        session["organisationId"] = branch;
        session["departments"] = new[] { "市商务局", "市电商协会" };
        var refusedSession = await (await admin.PostAsJsonAsync("/api/enterprises/policy-sessions", session)).ShouldBe(HttpStatusCode.BadRequest);
        refusedSession.GetProperty("errors").GetProperty("departments[1]")[0].GetString().Should().Contain("市电商协会");

        var measure = EnterpriseRequests.JointMeasure();
        measure["organisationId"] = branch;
        measure["partnerDepartment"] = "税务分局";
        var refusedMeasure = await (await admin.PostAsJsonAsync("/api/enterprises/joint-measures", measure)).ShouldBe(HttpStatusCode.BadRequest);
        refusedMeasure.GetProperty("errors").GetProperty("partnerDepartment")[0].GetString().Should().Contain("税务分局");

        var programme = ScorecardRequests.Programme(branch);
        programme["owningDepartment"] = "市商务局";
        var refusedProgramme = await (await admin.PostAsJsonAsync("/api/scorecard/programmes", programme)).ShouldBe(HttpStatusCode.BadRequest);
        refusedProgramme.GetProperty("errors").GetProperty("owningDepartment")[0].GetString()
            .Should().Contain("市商务局", "a programme is owned by one of the federation's own departments, not a government one");

        programme["owningDepartment"] = "经济科技部";
        (await admin.PostAsJsonAsync("/api/scorecard/programmes", programme)).StatusCode.Should().Be(HttpStatusCode.Created);
        session["departments"] = new[] { "市商务局" };
        (await admin.PostAsJsonAsync("/api/enterprises/policy-sessions", session)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_record_keeps_a_department_taken_off_the_list_when_it_is_corrected()
    {
        var admin = await factory.Admin();
        var branch = await Branch(admin);
        var listed = await Department(admin, branch, "government", "市外事局");
        await Department(admin, branch, "government", "市商务局");
        var body = EnterpriseRequests.JointMeasure();
        body["organisationId"] = branch;
        body["partnerDepartment"] = "市外事局";
        var measure = await EnterpriseRequests.Created(admin, "/api/enterprises/joint-measures", body);
        (await admin.DeleteAsync($"/api/admin/departments/{listed.Id()}?version=1")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        body["title"] = "更正后的共建措施";
        body["version"] = measure.GetProperty("version").GetInt32();
        var corrected = await (await admin.PutAsJsonAsync($"/api/enterprises/joint-measures/{measure.Id()}", body)).ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("partnerDepartment").GetString().Should().Be("市外事局", "the name the record holds is not lost");
    }

    [Fact]
    public async Task An_import_row_naming_an_unlisted_department_is_refused_at_its_department_column_and_adds_nothing()
    {
        var admin = await factory.Admin();
        // The rows belong to the admin's own organisation, the city: its list is the one they are checked against.
        var root = (await (await admin.GetAsync("/api/auth/me")).Body()).GetProperty("organisationId").GetGuid();
        await Department(admin, root, "government", "国家税务总局中山市税务局");
        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        string[] headers = ["诉求类别", "诉求内容", "企业", "提出日期", "办理期限", "状态", "承办部门"];

        var job = await Ledgers.Run(admin, "enterprise-concerns", Ledgers.Workbook(headers,
            ["税收", "出口退税办理周期较长", enterprise.GetProperty("name").GetString(), "2023-03-01", "2023-04-01", "已转办", "市税务所"],
            ["税收", "发票额度不足", enterprise.GetProperty("name").GetString(), "2023-03-01", "2023-04-01", "已转办", "国家税务总局中山市税务局"]),
            mode: "eachRow");

        (job.Count("added"), job.Count("refused")).Should().Be((1, 1));
        var report = await Ledgers.Report(admin, job.Id());
        report[2].Problems.Should().ContainSingle().Which.Should().StartWith("department:").And.Contain("市税务所");
        var concerns = await (await admin.GetAsync($"/api/enterprises/concerns?enterpriseId={enterprise.Id()}")).Body();
        concerns.GetProperty("total").GetInt32().Should().Be(1, "the refused row wrote nothing");
    }

    [Fact]
    public async Task The_concern_pages_offer_the_departments_and_the_years_as_pick_lists()
    {
        var admin = await factory.Admin();
        var page = await PageClient.Admin(factory);
        var root = (await (await admin.GetAsync("/api/auth/me")).Body()).GetProperty("organisationId").GetGuid();
        var name = $"市侨务办{EnterpriseRequests.Unique()}";
        await Department(admin, root, "government", name);
        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        var concern = await EnterpriseRequests.Created(admin, "/api/enterprises/concerns", EnterpriseRequests.Concern(enterprise.Id()));

        var shown = await page.Get($"/enterprises/concerns/{concern.Id()}");

        var select = shown.Document.QuerySelector("select#refer-department");
        select.Should().NotBeNull("the department is chosen from the list, not typed");
        select!.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Should().Contain(name);
        var list = (await page.Get("/enterprises/concerns")).Document;
        list.QuerySelector("select#filter-department")!.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Should().Contain(name);
        list.QuerySelector("select#filter-year")!.QuerySelectorAll("option").Select(o => o.GetAttribute("value"))
            .Should().Contain("2023", "the year is chosen from a list too");
    }

    private static async Task<Guid> Branch(HttpClient admin, Guid? parent = null)
    {
        parent ??= (await (await admin.GetAsync("/api/auth/me")).Body()).GetProperty("organisationId").GetGuid();
        var created = await (await admin.PostAsJsonAsync("/api/admin/organisations",
            new { name = $"部门测试侨联{EnterpriseRequests.Unique()}", kind = "branchFederation", parentId = parent })).ShouldBe(HttpStatusCode.Created);
        return created.Id();
    }

    private static async Task<System.Text.Json.JsonElement> Department(HttpClient admin, Guid organisation, string kind, string name) =>
        await (await admin.PostAsJsonAsync("/api/admin/departments", new { name, kind, organisationId = organisation })).ShouldBe(HttpStatusCode.Created);

    private static async Task<List<string>> Names(HttpClient admin, Guid organisation, string kind) =>
        (await (await admin.GetAsync($"/api/departments?kind={kind}&organisationId={organisation}")).ShouldBe(HttpStatusCode.OK))
            .EnumerateArray().Select(n => n.GetString()!).ToList();
}
