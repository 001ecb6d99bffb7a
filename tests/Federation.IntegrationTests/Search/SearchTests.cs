using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Search;

/// <summary>
/// The shell's one search box: every work line's records are found by a Chinese word of their
/// names, with a typo, ranked; a user sees only what they could open; an edit re-indexes, a delete
/// removes, and a rebuild from the modules' events and records gives the same hits.
/// </summary>
public sealed class SearchTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public SearchTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_record_of_each_work_line_is_found_by_a_chinese_word_of_its_name_and_links_to_it()
    {
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var project = InvestmentRequests.Project();
        project["name"] = $"粤港澳新能源电池产业园{tag}";
        var projectLink = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", project));
        var talent = TalentRequests.Talent(name: "欧阳明远");
        talent["field"] = $"海洋生物技术{tag}";
        var talentLink = SearchHits.Link("/talent/talents", await EnterpriseRequests.Created(admin, "/api/talent/talents", talent));
        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: $"中山市侨丰照明电器有限公司{tag}"));
        var enterpriseLink = SearchHits.Link("/enterprises/registry", enterprise);
        var programme = ScorecardRequests.Programme();
        programme["nameZh"] = $"侨界青年创新创业行动{tag}";
        var programmeLink = SearchHits.Link("/scorecard/programmes", await EnterpriseRequests.Created(admin, "/api/scorecard/programmes", programme));
        var orderLink = SearchHits.Link("/trade/orders", await TradeRequests.Record(admin, TradeRequests.Order(enterpriseName: $"中山市海晖腊味食品有限公司{tag}")));

        (await SearchHits.Finding(admin, $"新能源电池 {tag}", projectLink)).First().Kind.Should().Be("招商项目");
        (await SearchHits.Finding(admin, "欧阳明远", talentLink)).Should().Contain(h => h.Module == "Talent" && h.Title == "欧阳明远");
        (await SearchHits.Finding(admin, $"侨丰照明 {tag}", enterpriseLink)).Should().Contain(h => h.Module == "Enterprises");
        (await SearchHits.Finding(admin, $"青年创新 {tag}", programmeLink)).Should().Contain(h => h.Module == "Scorecard");
        (await SearchHits.Finding(admin, $"腊味食品 {tag}", orderLink)).Should().Contain(h => h.Module == "Trade");

        var english = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/search?q={Uri.EscapeDataString("欧阳明远")}&culture=en");
        english.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("module").GetString() == "Talent")
            .GetProperty("title").GetString().Should().Be("Talent");
    }

    [Fact]
    public async Task A_typo_still_finds_the_record_and_a_match_in_the_name_ranks_above_one_in_the_text()
    {
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var named = InvestmentRequests.Project();
        named["name"] = $"智能家居制造基地{tag}";
        named["investorName"] = "澳门某投资公司";
        var namedLink = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", named));
        var mentioned = InvestmentRequests.Project();
        mentioned["name"] = $"物流仓储中心{tag}";
        mentioned["industry"] = "智能家居";
        var mentionedLink = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", mentioned));

        var ranked = await SearchHits.Eventually(admin, $"智能家居 {tag}", hits => hits.Any(h => h.Link == namedLink) && hits.Any(h => h.Link == mentionedLink));
        ranked.Select(h => h.Link).Should().ContainInOrder(namedLink, mentionedLink);
        ranked.Single(h => h.Link == namedLink).Score.Should().BeGreaterThan(ranked.Single(h => h.Link == mentionedLink).Score);

        (await SearchHits.Of(admin, $"智能家具制造基地")).Should().Contain(h => h.Link == namedLink, "one wrong character (具 for 居) keeps most of the bigrams");

        var latin = InvestmentRequests.Project();
        latin["name"] = $"Brightway光伏项目{tag}";
        var latinLink = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", latin));
        (await SearchHits.Finding(admin, "Brigthway", latinLink)).Should().Contain(h => h.Link == latinLink, "a Latin word matches with two letters swapped");
    }

    [Fact]
    public async Task A_user_never_sees_a_hit_of_another_organisation_or_without_a_read_permission()
    {
        var federation = await TestFederation.Create(factory);
        var tag = EnterpriseRequests.Unique();
        var project = InvestmentRequests.Project(federation.BranchA);
        project["name"] = $"石岐侨商总部大楼{tag}";
        var link = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects", project));

        var ownBranch = await federation.User(federation.BranchA, "branch-staff");
        (await SearchHits.Finding(ownBranch, $"侨商总部 {tag}", link)).Should().Contain(h => h.Link == link);
        (await SearchHits.Finding(federation.Admin, $"侨商总部 {tag}", link)).Should().Contain(h => h.Link == link);

        var otherBranch = await federation.User(federation.BranchB, "branch-staff", "leadership");
        (await SearchHits.Of(otherBranch, $"侨商总部 {tag}")).Should().BeEmpty();
        var noRole = await federation.User(federation.BranchA);
        (await SearchHits.Of(noRole, $"侨商总部 {tag}")).Should().BeEmpty("without investment.read the project cannot be opened");
        (await factory.CreateClient().GetAsync($"/api/search?q=x")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_edit_re_indexes_the_record_and_a_delete_removes_it()
    {
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var project = InvestmentRequests.Project();
        project["name"] = $"翠亨生物医药孵化器{tag}";
        var created = await EnterpriseRequests.Created(admin, "/api/investment/projects", project);
        var link = SearchHits.Link("/investment/projects", created);
        await SearchHits.Finding(admin, $"生物医药 {tag}", link);

        var correction = new Dictionary<string, object?>(project) { ["name"] = $"翠亨海洋装备孵化器{tag}", ["version"] = created.GetProperty("version").GetInt32() };
        foreach (var key in new[] { "stage", "stageDate", "organisationId" }) correction.Remove(key);
        var corrected = await (await admin.PutAsJsonAsync($"/api/investment/projects/{created.Id()}", correction)).ShouldBe(HttpStatusCode.OK);
        await SearchHits.Finding(admin, $"海洋装备 {tag}", link);
        await SearchHits.Eventually(admin, $"生物医药 {tag}", hits => hits.All(h => h.Link != link));

        (await admin.DeleteAsync($"/api/investment/projects/{created.Id()}?version={corrected.GetProperty("version").GetInt32()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await SearchHits.Eventually(admin, $"海洋装备 {tag}", hits => hits.All(h => h.Link != link));
    }

    [Fact]
    public async Task Rebuilding_the_projection_gives_the_same_hits()
    {
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var project = InvestmentRequests.Project();
        project["name"] = $"火炬区半导体封装项目{tag}";
        var link = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", project));
        var enterpriseLink = SearchHits.Link("/enterprises/registry",
            await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: $"中山市半导体封装有限公司{tag}")));
        var before = await SearchHits.Eventually(admin, $"半导体封装 {tag}", hits => hits.Any(h => h.Link == link) && hits.Any(h => h.Link == enterpriseLink));

        var rebuilt = await (await admin.PostAsync("/api/search/rebuild", null)).ShouldBe(HttpStatusCode.OK);
        rebuilt.GetProperty("recordsDescribed").GetInt32().Should().BeGreaterThanOrEqualTo(2);

        var after = await SearchHits.Eventually(admin, $"半导体封装 {tag}", hits => hits.Count == before.Count);
        after.Select(h => (h.Link, h.Title)).Should().BeEquivalentTo(before.Select(h => (h.Link, h.Title)));
        (await (await factory.SignedIn("admin", FederationFactory.AdminPassword)).GetAsync("/api/search?q=x")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_results_page_groups_hits_by_module_in_both_languages_and_the_shell_offers_the_box()
    {
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var project = InvestmentRequests.Project();
        project["name"] = $"坦洲水产冷链物流园{tag}";
        var link = SearchHits.Link("/investment/projects", await EnterpriseRequests.Created(admin, "/api/investment/projects", project));
        var enterpriseLink = SearchHits.Link("/enterprises/registry",
            await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: $"中山市冷链物流有限公司{tag}")));
        await SearchHits.Eventually(admin, $"冷链物流 {tag}", hits => hits.Any(h => h.Link == link) && hits.Any(h => h.Link == enterpriseLink));

        var browser = await PageClient.Admin(factory);
        var home = await browser.Get("/");
        home.TestId("shell-search-box").GetAttribute("data-search-shortcut").Should().NotBeNull();
        var page = await browser.Get($"/search?q={Uri.EscapeDataString($"冷链物流 {tag}")}");
        page.Status.Should().Be(HttpStatusCode.OK);
        page.All("search-group").Select(g => g.GetAttribute("data-module")).Should().Contain(["Investment", "Enterprises"]);
        page.All("search-hit-link").Select(a => a.GetAttribute("href")).Should().Contain([link, enterpriseLink]);
        page.Text.Should().Contain("招商引资").And.Contain("招商项目");

        var english = await browser.Get($"/search?q={Uri.EscapeDataString($"冷链物流 {tag}")}&culture=en");
        english.TestId("search-total").TextContent.Should().Contain("records found");
        english.All("search-hit").Select(h => h.QuerySelector(".badge")!.TextContent).Should().Contain(["Project", "Enterprise"]);

        (await browser.Get("/search?q=" + new string('侨', 101))).TestId("search-problem").TextContent.Should().Contain("100");
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=项目&take=0", "take")]
    [InlineData("/api/search?q=项目&take=51", "take")]
    [InlineData("/api/search?q=项目&module=Nowhere", "module")]
    public async Task A_bad_search_is_refused_naming_the_field(string url, string field)
    {
        var admin = await factory.Admin();
        var refused = await (await admin.GetAsync(url)).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }
}
