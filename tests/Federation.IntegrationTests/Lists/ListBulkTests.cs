using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Federation.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Federation.IntegrationTests.Lists;

/// <summary>The shared list tools on the project ledger: server-side sort by whitelisted columns, bulk changes and the export of a selection.</summary>
public sealed class ListBulkTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    private static async Task<Guid> Project(HttpClient client, Guid organisation, string name, decimal yuan)
    {
        var body = InvestmentRequests.Project(organisation);
        body["name"] = name;
        body["amountYuan"] = yuan;
        return (await (await client.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task<string?> Responsible(HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/investment/projects/{id}")).ShouldBe(HttpStatusCode.OK)).GetProperty("responsibleStaff").GetString();

    [Fact]
    public async Task Assigning_selected_projects_changes_every_one_and_reports_how_many()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var first = await Project(clerk, federation.BranchA, "批量一", 1_000_000m);
        var second = await Project(clerk, federation.BranchA, "批量二", 2_000_000m);

        var done = await (await clerk.PostAsJsonAsync("/api/investment/projects/bulk",
            new { ids = new[] { first, second }, action = "assign", assignee = " 李敏 " })).ShouldBe(HttpStatusCode.OK);

        done.GetProperty("changed").GetInt32().Should().Be(2);
        (await Responsible(clerk, first)).Should().Be("李敏");
        (await Responsible(clerk, second)).Should().Be("李敏");
    }

    [Fact]
    public async Task A_selection_holding_a_project_the_clerk_cannot_see_changes_none_of_them()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var own = await Project(clerk, federation.BranchA, "本镇项目", 1_000_000m);
        var elsewhere = await Project(federation.Admin, federation.BranchB, "他镇项目", 1_000_000m);

        var refused = await (await clerk.PostAsJsonAsync("/api/investment/projects/bulk",
            new { ids = new[] { own, elsewhere }, action = "assign", assignee = "李敏" })).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty("ids", out _).Should().BeTrue();
        (await Responsible(clerk, own)).Should().NotBe("李敏", "all or nothing: the visible project is not changed either");
        (await Responsible(federation.Admin, elsewhere)).Should().NotBe("李敏");
    }

    [Fact]
    public async Task A_reader_without_the_write_permission_cannot_change_projects_in_bulk()
    {
        var federation = await TestFederation.Create(factory);
        var leader = await federation.User(federation.BranchA, "leadership");
        var id = await Project(federation.Admin, federation.BranchA, "领导只读", 1_000_000m);

        (await leader.PostAsJsonAsync("/api/investment/projects/bulk", new { ids = new[] { id }, action = "assign", assignee = "李敏" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Responsible(federation.Admin, id)).Should().NotBe("李敏");
    }

    [Fact]
    public async Task The_ledger_page_assigns_the_ticked_rows_and_says_so()
    {
        var federation = await TestFederation.Create(factory);
        var name = $"页面批量{Guid.NewGuid():N}"[..12];
        var first = await Project(federation.Admin, federation.BranchA, name + "甲", 1_000_000m);
        var second = await Project(federation.Admin, federation.BranchA, name + "乙", 1_000_000m);
        var admin = await PageClient.Admin(factory);

        var list = await admin.Get($"/investment/projects?q={Uri.EscapeDataString(name)}");
        list.All("select-row").Should().HaveCount(2);
        var shown = await admin.Submit(list.Document, "form[data-bulk-bar]",
            ("selected", first.ToString()), ("selected", second.ToString()), ("action", "assign"), ("assignee", "王芳"));

        shown.Status.Should().Be(HttpStatusCode.OK);
        shown.TestId("bulk-message").TextContent.Should().Contain("2");
        (await Responsible(federation.Admin, first)).Should().Be("王芳");
        (await Responsible(federation.Admin, second)).Should().Be("王芳");
    }

    [Fact]
    public async Task The_ledger_page_exports_only_the_ticked_rows()
    {
        var federation = await TestFederation.Create(factory);
        var name = $"导出所选{Guid.NewGuid():N}"[..12];
        var chosen = await Project(federation.Admin, federation.BranchA, name + "甲", 1_000_000m);
        await Project(federation.Admin, federation.BranchA, name + "乙", 1_000_000m);
        var admin = await PageClient.Admin(factory);
        var list = await admin.Get($"/investment/projects?q={Uri.EscapeDataString(name)}");
        var form = list.Document.QuerySelector<IHtmlFormElement>("form[data-bulk-bar]")!;
        form.SetAttribute("action", list.TestId("export-selected").GetAttribute("formaction")!);

        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await admin.Post(form.GetAttribute("action")!, [("selected", chosen.ToString()), ("__RequestVerificationToken", token)]);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = (await response.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r.Values.First()?.ToString()).Should().Equal(name + "甲");
    }

    [Fact]
    public async Task A_sort_key_outside_the_whitelist_is_ignored_on_the_page_and_refused_by_the_api()
    {
        var federation = await TestFederation.Create(factory);
        var name = $"排序{Guid.NewGuid():N}"[..10];
        await Project(federation.Admin, federation.BranchA, name + "小", 1_000_000m);
        await Project(federation.Admin, federation.BranchA, name + "大", 9_000_000m);
        var admin = await PageClient.Admin(factory);

        var ascending = await admin.Get($"/investment/projects?q={Uri.EscapeDataString(name)}&sort=amount");
        ascending.Document.QuerySelectorAll("[data-testid=ledger] tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim())
            .Should().Equal(name + "小", name + "大");
        var descending = await admin.Get($"/investment/projects?q={Uri.EscapeDataString(name)}&sort=-amount");
        descending.Document.QuerySelectorAll("[data-testid=ledger] tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim())
            .Should().Equal(name + "大", name + "小");

        var bogus = await admin.Get($"/investment/projects?q={Uri.EscapeDataString(name)}&sort=passwordHash");
        bogus.Status.Should().Be(HttpStatusCode.OK, "a page ignores a sort it does not offer");
        bogus.All("select-row").Should().HaveCount(2);
        var api = await (await federation.Admin.GetAsync("/api/investment/projects?sort=passwordHash")).ShouldBe(HttpStatusCode.BadRequest);
        api.GetProperty("errors").TryGetProperty("sort", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_list_with_no_matching_rows_shows_an_empty_state_with_a_way_back()
    {
        var admin = await PageClient.Admin(factory);
        var shown = await admin.Get($"/investment/projects?q=不存在{Guid.NewGuid():N}");
        shown.TestId("empty-state").TextContent.Should().Contain("没有符合条件的记录");
        shown.TestId("clear-filters");
    }
}
