using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Pages;

/// <summary>The Investment pages over HTTP: who sees them, in which language, and what a form does with mistakes.</summary>
public sealed class InvestmentPagesTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public InvestmentPagesTests(FederationFactory factory) => this.factory = factory;

    public static TheoryData<string, string, string> ReadPages() => new()
    {
        { "/investment/events", "events-table", "招商活动" },
        { "/investment/projects", "ledger", "项目台账" },
        { "/investment/projects/board", "board", "项目看板" },
        { "/investment/credit-lines", "credit-lines", "银行授信" },
    };

    [Theory]
    [MemberData(nameof(ReadPages))]
    public async Task Leadership_and_department_staff_see_the_lists_in_chinese(string path, string testId, string heading)
    {
        var federation = await TestFederation.Create(factory);
        foreach (var role in new[] { "leadership", "investment-staff" })
        {
            var client = await PageClient.SignedIn(factory, await NewUser(federation, federation.Root, role), TestFederation.Password);
            var page = await client.Get(path);
            page.Status.Should().Be(HttpStatusCode.OK, role);
            page.TestId(testId).Should().NotBeNull();
            page.Document.QuerySelector("h1")!.TextContent.Should().Be(heading);
        }
    }

    [Theory]
    [InlineData("/investment/events/edit")]
    [InlineData("/investment/projects/edit")]
    [InlineData("/investment/credit-lines/edit")]
    public async Task A_leader_opening_a_form_gets_the_403_page_naming_the_write_permission(string path)
    {
        var federation = await TestFederation.Create(factory);
        var leader = await PageClient.SignedIn(factory, await NewUser(federation, federation.Root, "leadership"), TestFederation.Password);

        var page = await leader.Get(path);

        page.Path.Should().Be("/forbidden");
        page.Status.Should().Be(HttpStatusCode.Forbidden);
        page.TestId("forbidden").TextContent.Should().Contain("investment.write").And.Contain("编辑招商引资");
    }

    [Fact]
    public async Task A_leader_cannot_advance_a_project_by_posting_the_form_directly()
    {
        var federation = await TestFederation.Create(factory);
        var project = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();
        var staff = await PageClient.SignedIn(factory, await NewUser(federation, federation.Root, "investment-staff"), TestFederation.Password);
        var card = await staff.Get($"/investment/projects/{project.Id()}");
        var leader = await PageClient.SignedIn(factory, await NewUser(federation, federation.Root, "leadership"), TestFederation.Password);
        (await leader.Get($"/investment/projects/{project.Id()}")).All("advance-form").Should().BeEmpty("leaders read, they do not edit");

        // The staff member's form, replayed with the leader's session and antiforgery token.
        var leaderCard = await leader.Get($"/investment/projects/{project.Id()}");
        var token = leaderCard.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await leader.Submit(card.Document, "[data-testid='advance-form']", ("__RequestVerificationToken", token));

        refused.Path.Should().Be("/forbidden");
        (await (await federation.Admin.GetAsync($"/api/investment/projects/{project.Id()}")).Body())
            .GetProperty("stage").GetString().Should().Be("signed");
    }

    [Fact]
    public async Task A_branch_user_gets_404_for_another_branchs_project_page()
    {
        var federation = await TestFederation.Create(factory);
        var other = await (await federation.Admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project(federation.BranchB))).Body();
        var branchUser = await PageClient.SignedIn(factory, await NewUser(federation, federation.BranchA, "branch-staff"), TestFederation.Password);

        var page = await branchUser.Get($"/investment/projects/{other.Id()}");

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.TestId("status-404").TextContent.Should().Contain("页面不存在");
    }

    [Fact]
    public async Task An_empty_event_form_shows_each_error_next_to_its_field_and_creates_nothing()
    {
        var admin = await PageClient.Admin(factory);
        var api = await factory.Admin();
        var before = (await (await api.GetAsync("/api/investment/events")).Body()).GetProperty("total").GetInt32();

        var refused = await admin.Submit((await admin.Get("/investment/events/edit")).Document, "form[method=post]:not([action])",
            ("Form.Title", ""), ("Form.StartDate", "2023-05-02"), ("Form.EndDate", "2023-05-01"));

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Document.QuerySelector("[data-valmsg-for='Form.Title']")!.TextContent.Should().Be("活动名称不能为空。");
        refused.Document.QuerySelector("[data-valmsg-for='Form.EndDate']")!.TextContent.Should().Be("结束日期不能早于开始日期。");
        refused.Document.QuerySelector("input[name='Form.StartDate']")!.GetAttribute("value").Should().Be("2023-05-02", "the form keeps what was typed");
        (await (await api.GetAsync("/api/investment/events")).Body()).GetProperty("total").GetInt32().Should().Be(before);
    }

    [Fact]
    public async Task The_ledger_reads_in_english_after_switching_with_amounts_still_in_yi_and_wan()
    {
        var admin = await PageClient.Admin(factory);
        await (await factory.Admin()).PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project());
        var ledger = await admin.Get("/investment/projects");
        ledger.TestId("ledger-total").TextContent.Should().EndWith("亿元");

        var english = await admin.Submit(ledger.Document, "form[action='/language']");

        english.Document.QuerySelector("h1")!.TextContent.Should().Be("Project ledger");
        english.TestId("ledger").TextContent.Should().Contain("Signed").And.Contain("million yuan");
        (await admin.Get("/investment/events")).Document.QuerySelector("h1")!.TextContent.Should().Be("Investment events");
    }

    [Fact]
    public async Task A_switched_off_module_leaves_the_menu_and_its_pages_answer_404()
    {
        using var withoutInvestment = new FederationFactory().With("Modules:Investment:Enabled", "false");
        var admin = await PageClient.Admin(withoutInvestment);

        var home = await admin.Get("/");
        home.Text.Should().NotContain("招商引资").And.Contain("系统管理");
        (await admin.Get("/investment/projects")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<string> NewUser(TestFederation federation, Guid organisation, string role)
    {
        var userName = $"p{Guid.NewGuid():N}"[..16];
        await (await federation.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "页面测试", password = TestFederation.Password, organisationId = organisation, roles = new[] { role },
        })).ShouldBe(HttpStatusCode.Created);
        return userName;
    }
}
