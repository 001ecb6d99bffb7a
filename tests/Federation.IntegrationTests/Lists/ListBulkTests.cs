using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Federation.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Federation.IntegrationTests.Lists;

/// <summary>
/// The shared list tools on the work lines' lists: server-side sort by whitelisted columns, bulk changes (the ledger's
/// projects, the concern queue, talent events) all or nothing within the caller's organisations, and the export of a selection.
/// </summary>
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

    private static async Task<Guid> Concern(HttpClient client, Guid organisation, string description)
    {
        var enterprise = (await (await client.PostAsJsonAsync("/api/enterprises/enterprises", EnterpriseRequests.Enterprise(organisation)))
            .ShouldBe(HttpStatusCode.Created)).Id();
        var body = EnterpriseRequests.Concern(enterprise, organisationId: organisation);
        body["description"] = description;
        return (await (await client.PostAsJsonAsync("/api/enterprises/concerns", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task<System.Text.Json.JsonElement> ConcernNow(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/enterprises/concerns/{id}")).ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task Assigning_selected_concerns_refers_each_to_the_department()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var first = await Concern(clerk, federation.BranchA, "批量转办一");
        var second = await Concern(clerk, federation.BranchA, "批量转办二");

        var done = await (await clerk.PostAsJsonAsync("/api/enterprises/concerns/bulk",
            new { ids = new[] { first, second }, action = "assign", assignee = " 市税务局 " })).ShouldBe(HttpStatusCode.OK);

        done.GetProperty("changed").GetInt32().Should().Be(2);
        foreach (var id in new[] { first, second })
        {
            var concern = await ConcernNow(clerk, id);
            concern.GetProperty("status").GetString().Should().Be("referred");
            concern.GetProperty("department").GetString().Should().Be("市税务局");
        }
    }

    [Fact]
    public async Task A_selection_holding_a_settled_concern_refers_none_of_them_and_names_the_selection()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var open = await Concern(clerk, federation.BranchA, "仍在办理");
        var settled = await Concern(clerk, federation.BranchA, "已经解决");
        await (await clerk.PostAsJsonAsync($"/api/enterprises/concerns/{settled}/steps", EnterpriseRequests.Resolve("2023-03-02", 1))).ShouldBe(HttpStatusCode.OK);

        var refused = await (await clerk.PostAsJsonAsync("/api/enterprises/concerns/bulk",
            new { ids = new[] { open, settled }, action = "assign", assignee = "市税务局" })).ShouldBe(HttpStatusCode.Conflict);

        refused.GetProperty("errors").TryGetProperty("ids", out _).Should().BeTrue();
        (await ConcernNow(clerk, open)).GetProperty("status").GetString().Should().Be("open", "all or nothing: the open concern is not referred either");
        (await ConcernNow(clerk, settled)).GetProperty("status").GetString().Should().Be("resolved");
    }

    [Fact]
    public async Task A_selection_holding_another_branchs_concern_changes_none_of_them()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var own = await Concern(clerk, federation.BranchA, "本镇诉求");
        var elsewhere = await Concern(federation.Admin, federation.BranchB, "他镇诉求");

        var refused = await (await clerk.PostAsJsonAsync("/api/enterprises/concerns/bulk",
            new { ids = new[] { own, elsewhere }, action = "assign", assignee = "市税务局" })).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty("ids", out _).Should().BeTrue();
        (await ConcernNow(clerk, own)).GetProperty("status").GetString().Should().Be("open");
        (await ConcernNow(federation.Admin, elsewhere)).GetProperty("status").GetString().Should().Be("open");
    }

    [Fact]
    public async Task The_concern_queue_refers_the_ticked_rows_and_sorts_by_a_whitelisted_column()
    {
        var federation = await TestFederation.Create(factory);
        var name = $"队列批量{Guid.NewGuid():N}"[..12];
        var first = await Concern(federation.Admin, federation.BranchA, name + "甲");
        var second = await Concern(federation.Admin, federation.BranchA, name + "乙");
        var admin = await PageClient.Admin(factory);

        var list = await admin.Get($"/enterprises/concerns?q={Uri.EscapeDataString(name)}&sort=-department");
        list.All("select-row").Should().HaveCount(2);
        list.Document.QuerySelectorAll("[data-testid=concerns] th[aria-sort=descending]").Should().ContainSingle();
        var shown = await admin.Submit(list.Document, "form[data-bulk-bar]",
            ("selected", first.ToString()), ("selected", second.ToString()), ("action", "assign"), ("assignee", "市商务局"));

        shown.Status.Should().Be(HttpStatusCode.OK);
        shown.TestId("bulk-message").TextContent.Should().Contain("2");
        (await ConcernNow(federation.Admin, first)).GetProperty("department").GetString().Should().Be("市商务局");
        (await ConcernNow(federation.Admin, second)).GetProperty("department").GetString().Should().Be("市商务局");
        var bogus = await admin.Get($"/enterprises/concerns?q={Uri.EscapeDataString(name)}&sort=description");
        bogus.Status.Should().Be(HttpStatusCode.OK, "a page ignores a sort it does not offer");
    }

    private static async Task<Guid> TalentEvent(HttpClient client, Guid organisation, string title)
    {
        var body = TalentRequests.Event(organisation);
        body["title"] = title;
        body["flagship"] = false;
        return (await (await client.PostAsJsonAsync("/api/talent/events", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task<Guid> TalentProgramme(HttpClient admin)
    {
        var body = ScorecardRequests.Programme();
        body["workLine"] = "Talent";
        body["nameZh"] = $"雁南归{Guid.NewGuid():N}"[..10];
        body["targets"] = Array.Empty<object>();
        return (await (await admin.PostAsJsonAsync("/api/scorecard/programmes", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task<Guid?> ProgrammeOf(HttpClient client, Guid talentEvent) =>
        (await (await client.GetAsync($"/api/talent/events/{talentEvent}")).ShouldBe(HttpStatusCode.OK)).GetProperty("programmeId") is { ValueKind: System.Text.Json.JsonValueKind.String } p
            ? p.GetGuid() : null;

    [Fact]
    public async Task Tagging_selected_talent_events_with_a_programme_tags_every_one()
    {
        var federation = await TestFederation.Create(factory);
        var programme = await TalentProgramme(federation.Admin);
        var first = await TalentEvent(federation.Admin, federation.BranchA, "批量沙龙一");
        var second = await TalentEvent(federation.Admin, federation.BranchA, "批量沙龙二");

        var done = await (await federation.Admin.PostAsJsonAsync("/api/talent/events/bulk",
            new { ids = new[] { first, second }, action = "tag", programmeId = programme })).ShouldBe(HttpStatusCode.OK);

        done.GetProperty("changed").GetInt32().Should().Be(2);
        (await ProgrammeOf(federation.Admin, first)).Should().Be(programme);
        (await ProgrammeOf(federation.Admin, second)).Should().Be(programme);
    }

    [Fact]
    public async Task A_talent_event_selection_holding_one_the_clerk_cannot_see_tags_none()
    {
        var federation = await TestFederation.Create(factory);
        var programme = await TalentProgramme(federation.Admin);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var own = await TalentEvent(clerk, federation.BranchA, "本镇沙龙");
        var elsewhere = await TalentEvent(federation.Admin, federation.BranchB, "他镇沙龙");

        var refused = await (await clerk.PostAsJsonAsync("/api/talent/events/bulk",
            new { ids = new[] { own, elsewhere }, action = "tag", programmeId = programme })).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").TryGetProperty("ids", out _).Should().BeTrue();
        (await ProgrammeOf(clerk, own)).Should().BeNull();
        (await ProgrammeOf(federation.Admin, elsewhere)).Should().BeNull();
    }

    [Fact]
    public async Task The_talent_events_page_sorts_by_title_both_ways()
    {
        var federation = await TestFederation.Create(factory);
        var name = $"排序沙龙{Guid.NewGuid():N}"[..12];
        await TalentEvent(federation.Admin, federation.BranchA, name + "A");
        await TalentEvent(federation.Admin, federation.BranchA, name + "B");
        var admin = await PageClient.Admin(factory);

        string[] Titles(ShownPage page) => page.Document.QuerySelectorAll("[data-testid=talent-events] tbody tr td:nth-child(3)")
            .Select(c => c.TextContent.Trim()).ToArray();
        Titles(await admin.Get($"/talent/events?q={Uri.EscapeDataString(name)}&sort=title")).Should().Equal(name + "A", name + "B");
        Titles(await admin.Get($"/talent/events?q={Uri.EscapeDataString(name)}&sort=-title")).Should().Equal(name + "B", name + "A");
    }

    [Theory]
    [InlineData("/investment/events", "events-table")]
    [InlineData("/enterprises/concerns", "concerns")]
    [InlineData("/talent/events", "talent-events")]
    public async Task A_list_page_offers_saved_filters_the_column_chooser_and_labelled_filters(string path, string table)
    {
        var admin = await PageClient.Admin(factory);
        var shown = await admin.Get(path + "?q=" + Uri.EscapeDataString($"无{Guid.NewGuid():N}"));

        shown.TestId("list-tools").QuerySelector($"[data-column-chooser='{table}']").Should().NotBeNull();
        shown.TestId("saved-filters");
        shown.TestId("empty-state");
        shown.Document.QuerySelectorAll($"[data-testid={table}] th a[data-sort]").Should().NotBeEmpty("some columns sort");
        var filters = shown.Document.QuerySelectorAll("form[data-testid$='-filters'] select, form[data-testid$='-filters'] input:not([type=hidden]):not([type=checkbox])").ToList();
        filters.Should().NotBeEmpty();
        foreach (var field in filters)
            shown.Document.QuerySelector($"label[for='{field.Id}']").Should().NotBeNull($"the filter {field.GetAttribute("name")} has a visible label");
    }
}
