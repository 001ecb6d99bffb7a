using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Lists;

/// <summary>Each user's saved list filters, through the API and a list page.</summary>
public sealed class SavedFilterTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task A_saved_filter_is_its_owners_alone_to_list_apply_and_delete()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var other = await federation.User(federation.BranchA, "branch-staff");

        var saved = await (await clerk.PostAsJsonAsync("/api/me/saved-filters",
            new { list = "/investment/projects", name = " 签约项目 ", query = "?stage=Signed&page=3" })).ShouldBe(HttpStatusCode.Created);
        saved.GetProperty("name").GetString().Should().Be("签约项目", "the name is kept trimmed");
        saved.GetProperty("query").GetString().Should().Be("stage=Signed", "the page number is not part of a filter");

        var mine = await (await clerk.GetAsync("/api/me/saved-filters?list=/investment/projects")).ShouldBe(HttpStatusCode.OK);
        mine.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal("签约项目");
        var theirs = await (await other.GetAsync("/api/me/saved-filters")).ShouldBe(HttpStatusCode.OK);
        theirs.GetArrayLength().Should().Be(0, "another user sees none of the clerk's filters");

        (await other.DeleteAsync($"/api/me/saved-filters/{saved.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await clerk.GetAsync("/api/me/saved-filters")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(1);

        var page = await (await clerk.GetAsync("/investment/projects")).Content.ReadAsStringAsync();
        page.Should().Contain("href=\"/investment/projects?stage=Signed\"", "the list offers the saved filter as a link that applies it");

        (await clerk.DeleteAsync($"/api/me/saved-filters/{saved.Id()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await clerk.GetAsync("/api/me/saved-filters")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Saving_a_name_again_on_the_same_list_replaces_the_filter()
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        await (await clerk.PostAsJsonAsync("/api/me/saved-filters", new { list = "/investment/projects", name = "本年", query = "year=2023" })).ShouldBe(HttpStatusCode.Created);
        await (await clerk.PostAsJsonAsync("/api/me/saved-filters", new { list = "/investment/projects", name = "本年", query = "year=2024" })).ShouldBe(HttpStatusCode.Created);

        var mine = await (await clerk.GetAsync("/api/me/saved-filters?list=/investment/projects")).ShouldBe(HttpStatusCode.OK);
        mine.EnumerateArray().Select(f => f.GetProperty("query").GetString()).Should().Equal("year=2024");
    }

    [Theory]
    [InlineData("https://evil.example/x", "list")]
    [InlineData("/Investment/Projects?x", "list")]
    public async Task A_list_that_is_not_a_list_page_path_is_refused_naming_the_field(string list, string field)
    {
        var federation = await TestFederation.Create(factory);
        var clerk = await federation.User(federation.BranchA, "branch-staff");
        var response = await clerk.GetAsync($"/api/me/saved-filters?list={Uri.EscapeDataString(list)}");
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("/enterprises/concerns", "q=%E9%80%80%E7%A8%8E&sort=-dueOn")]
    [InlineData("/trade/orders", "q=%E5%AE%B6%E5%85%B7&sort=amount")]
    [InlineData("/talent/talents", "degree=PhD&sort=-name")]
    [InlineData("/admin/users", "Q=lin")]
    [InlineData("/admin/audit", "Module=Investment")]
    public async Task A_list_page_saves_the_filters_shown_and_offers_them_back_as_a_link(string path, string query)
    {
        var admin = await PageClient.Admin(factory);
        var name = $"筛选{Guid.NewGuid():N}"[..8];
        var list = await admin.Get($"{path}?{query}&page=2");

        var saved = await admin.Submit(list.Document, "form[action*='handler=SaveFilter']", ("filterName", name));

        saved.Status.Should().Be(HttpStatusCode.OK);
        saved.PathAndQuery.Should().Be($"{path}?{query}", "the list comes back as it was, without the page number");
        var link = saved.All("saved-filter").Single(a => a.TextContent == name);
        link.GetAttribute("href").Should().Be($"{path}?{query}");
    }
}
