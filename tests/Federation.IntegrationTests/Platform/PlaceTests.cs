using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Geography;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// Towns and their areas as admins keep them (/api/admin/places), as everyone reads them
/// (/api/places), and as modules ask about them (<see cref="IPlaceDirectory"/>). The tests share one
/// host, so every town is named afresh; the empty directory gets a host of its own.
/// </summary>
public sealed class PlaceTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task A_town_with_aliases_and_an_area_is_listed_for_every_signed_in_user()
    {
        var federation = await TestFederation.Create(factory);
        var name = Unique("岐城");
        var town = await CreateTown(federation.Admin, name, "Qicheng", $"{name}街道", $" {name}区 ", $"{name}街道");
        town.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should()
            .Equal([$"{name}街道", $"{name}区"], "aliases are trimmed and kept once each");
        var area = await AddArea(federation.Admin, town.Id(), "岐江新城", "新城核心区");

        var staff = await federation.User(federation.BranchA, "branch-staff");
        var listed = Town(await (await staff.GetAsync("/api/places")).ShouldBe(HttpStatusCode.OK), name);

        listed.GetProperty("nameEn").GetString().Should().Be("Qicheng");
        listed.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal($"{name}街道", $"{name}区");
        var areas = listed.GetProperty("areas").EnumerateArray().ToList();
        areas.Should().ContainSingle().Which.GetProperty("name").GetString().Should().Be("岐江新城");
        areas[0].GetProperty("aliases")[0].GetString().Should().Be("新城核心区");

        var administered = Town(await (await federation.Admin.GetAsync("/api/admin/places")).ShouldBe(HttpStatusCode.OK), name);
        administered.Id().Should().Be(town.Id());
        administered.GetProperty("areas")[0].Id().Should().Be(area.Id());
        administered.GetProperty("version").GetInt32().Should().Be(2, "adding an area is a change of its town");
        administered.GetProperty("areas")[0].GetProperty("version").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_alias_naming_another_town_is_refused_naming_aliases_and_changes_nothing()
    {
        var admin = await factory.Admin();
        var first = Unique("火炬");
        var latin = $"Torch-{Guid.NewGuid():N}"[..14];
        await CreateTown(admin, first, null, latin);
        var before = await Listing(admin);

        var second = Unique("港口");
        var refused = await (await admin.PostAsJsonAsync("/api/admin/places/towns",
            new { name = second, aliases = new[] { $"{second}镇", latin.ToUpperInvariant() } })).ShouldBe(HttpStatusCode.Conflict);
        Errors(refused).Should().Equal("aliases");
        refused.GetProperty("errors").GetProperty("aliases")[0].GetString().Should().Contain(latin.ToUpperInvariant()).And.Contain(first);

        var renamed = await (await admin.PutAsJsonAsync($"/api/admin/places/towns/{(await CreateTown(admin, second, null)).Id()}",
            new { name = latin, version = 1 })).ShouldBe(HttpStatusCode.Conflict);
        Errors(renamed).Should().Equal(["name"], "a town's name may not be another town's alias either");

        var after = await Listing(admin);
        Town(after, first).GetRawText().Should().Be(Town(before, first).GetRawText());
        Town(after, second).GetProperty("aliases").GetArrayLength().Should().Be(0);
        Town(after, second).GetProperty("version").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Within_a_town_no_alias_names_two_areas_but_another_town_may_use_it()
    {
        var admin = await factory.Admin();
        var east = await CreateTown(admin, Unique("东区"), null);
        var west = await CreateTown(admin, Unique("西区"), null);
        await AddArea(admin, east.Id(), "核心区", "中心片");

        var refused = await (await admin.PostAsJsonAsync($"/api/admin/places/towns/{east.Id()}/areas",
            new { name = "滨江片", aliases = new[] { "中心片" } })).ShouldBe(HttpStatusCode.Conflict);
        Errors(refused).Should().Equal("aliases");
        await AddArea(admin, west.Id(), "中心片");

        var listed = await Listing(admin);
        Town(listed, east.GetProperty("name").GetString()!).GetProperty("areas").GetArrayLength().Should().Be(1);
        Town(listed, west.GetProperty("name").GetString()!).GetProperty("areas")[0].GetProperty("name").GetString().Should().Be("中心片");
    }

    [Fact]
    public async Task A_branch_user_without_the_admin_permission_reads_the_pick_list_but_changes_nothing()
    {
        var federation = await TestFederation.Create(factory);
        var town = await CreateTown(federation.Admin, Unique("南区"), null);
        var area = await AddArea(federation.Admin, town.Id(), "城南片");
        var staff = await federation.User(federation.BranchA, "branch-staff");
        var townPath = $"/api/admin/places/towns/{town.Id()}";
        var areaPath = $"{townPath}/areas/{area.Id()}";

        HttpResponseMessage[] refused =
        [
            await staff.GetAsync("/api/admin/places"),
            await staff.PostAsJsonAsync("/api/admin/places/towns", new { name = Unique("越权镇") }),
            await staff.PutAsJsonAsync(townPath, new { name = Unique("改名"), version = 2 }),
            await staff.DeleteAsync($"{townPath}?version=2"),
            await staff.PostAsJsonAsync($"{townPath}/areas", new { name = "越权片" }),
            await staff.PutAsJsonAsync(areaPath, new { name = "改名片", version = 1 }),
            await staff.DeleteAsync($"{areaPath}?version=1"),
        ];

        foreach (var response in refused)
            (await response.ShouldBe(HttpStatusCode.Forbidden)).GetProperty("missingPermission").GetString().Should().Be("platform.admin");
        await (await staff.GetAsync("/api/places")).ShouldBe(HttpStatusCode.OK);
        var unchanged = Town(await Listing(federation.Admin), town.GetProperty("name").GetString()!);
        unchanged.GetProperty("version").GetInt32().Should().Be(2, "the town and its area are as the admin left them");
        unchanged.GetProperty("areas")[0].GetProperty("name").GetString().Should().Be("城南片");
    }

    [Fact]
    public async Task Correcting_and_removing_a_town_checks_its_version_and_takes_its_areas_with_it()
    {
        var admin = await factory.Admin();
        var name = Unique("沙溪");
        var town = await CreateTown(admin, name, null, $"{name}镇");
        await AddArea(admin, town.Id(), "隆都片");
        var path = $"/api/admin/places/towns/{town.Id()}";

        var corrected = await (await admin.PutAsJsonAsync(path, new { name, nameEn = "Shaxi", aliases = new[] { $"{name}镇" }, sortOrder = 5, version = 2 }))
            .ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("version").GetInt32().Should().Be(3);
        corrected.GetProperty("areas").GetArrayLength().Should().Be(1, "correcting a town leaves its areas");
        Errors(await (await admin.PutAsJsonAsync(path, new { name, version = 2 })).ShouldBe(HttpStatusCode.Conflict)).Should().Equal("version");
        Errors(await (await admin.DeleteAsync(path)).ShouldBe(HttpStatusCode.BadRequest)).Should().Equal("version");

        await (await admin.DeleteAsync($"{path}?version=3")).ShouldBe(HttpStatusCode.NoContent);

        (await Listing(admin)).EnumerateArray().Should().NotContain(t => t.GetProperty("name").GetString() == name);
        var match = await Match($"{name}镇", "隆都片");
        match.TownKnown.Should().BeFalse("the directory forgets a removed town at once on the host that removed it");
        await (await admin.DeleteAsync($"{path}?version=3")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Match_finds_towns_and_their_areas_by_name_or_alias_and_says_what_it_did_not_find()
    {
        var admin = await factory.Admin();
        var torch = Unique("火炬开发区");
        var latin = $"Torch{Guid.NewGuid():N}"[..12];
        var town = await CreateTown(admin, torch, null, $"{torch}街道", latin);
        await AddArea(admin, town.Id(), "中山科技城", "科技城");
        var other = await CreateTown(admin, Unique("翠亨新区"), null);
        await AddArea(admin, other.Id(), "马鞍岛");

        (await Match($"  {torch}街道 ", " 科技城")).Should().Be(new PlaceMatch(torch, "中山科技城", true, true, false));
        (await Match(latin.ToLowerInvariant(), null)).Should().Be(new PlaceMatch(torch, null, true, false, false), "Latin letters match in any case");
        (await Match(torch, "马鞍岛")).Should().Be(new PlaceMatch(torch, null, true, false, false), "马鞍岛 is an area of another town");
        (await Match(Unique("无此镇"), "中山科技城")).Should().Be(new PlaceMatch(null, null, false, false, false));
        (await Match(null, "中山科技城")).Should().Be(new PlaceMatch(null, null, false, false, false), "an area is found only within its town");
    }

    [Fact]
    public async Task An_empty_directory_accepts_any_town_until_the_first_town_is_added()
    {
        using var fresh = new FederationFactory();

        (await Match(fresh, "任意填写的镇", "任意片区")).Should().Be(new PlaceMatch(null, null, false, false, true));
        (await Towns(fresh)).Should().BeEmpty();

        await CreateTown(await fresh.Admin(), "石岐", "Shiqi", "石岐街道");

        (await Match(fresh, "任意填写的镇", null)).Should().Be(new PlaceMatch(null, null, false, false, false));
        (await Match(fresh, "石岐街道", null)).Should().Be(new PlaceMatch("石岐", null, true, false, false));
        (await Towns(fresh)).Should().ContainSingle().Which.Aliases.Should().Equal("石岐街道");
    }

    [Fact]
    public async Task The_admin_page_adds_a_town_with_aliases_typed_as_one_line_and_refuses_a_taken_one_beside_the_field()
    {
        var admin = await PageClient.Admin(factory);
        var name = Unique("小榄");
        var page = await admin.Get("/admin/places");
        page.Document.QuerySelector("h1")!.TextContent.Should().Be("镇街与片区");

        var created = await admin.Submit(page.Document, "[data-testid='new-town-form']",
            ("Form.Name", name), ("Form.NameEn", "Xiaolan"), ("Form.Aliases", $"{name}镇、{name}街道，{name}区"));

        created.TestId("town-created").TextContent.Should().Contain(name);
        created.All("town-row").Should().ContainSingle(r => r.TextContent.Contains(name))
            .Which.TextContent.Should().Contain($"{name}镇、{name}街道、{name}区");

        var refused = await admin.Submit(created.Document, "[data-testid='new-town-form']",
            ("Form.Name", Unique("古镇")), ("Form.Aliases", $"{name}街道"));
        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.TestId("error-Aliases").TextContent.Should().Contain($"{name}街道").And.Contain(name);
    }

    [Fact]
    public async Task The_town_page_adds_corrects_and_removes_an_area()
    {
        var api = await factory.Admin();
        var town = await CreateTown(api, Unique("五桂山"), null);
        var admin = await PageClient.Admin(factory);
        var path = $"/admin/places/towns/{town.Id()}";

        var added = await admin.Submit((await admin.Get(path)).Document, "[data-testid='area-form']",
            ("AreaForm.Name", "桂南片"), ("AreaForm.Aliases", "桂南, 南片"));
        added.TestId("saved").Should().NotBeNull();
        var row = added.All("area-row").Should().ContainSingle().Subject;
        row.TextContent.Should().Contain("桂南片").And.Contain("桂南、南片");

        var areaId = Town(await Listing(api), town.GetProperty("name").GetString()!).GetProperty("areas")[0].Id();
        var editing = await admin.Get($"{path}?area={areaId}");
        var corrected = await admin.Submit(editing.Document, "[data-testid='area-form']", ("AreaForm.Name", "桂南新片"));
        corrected.All("area-row").Should().ContainSingle().Which.TextContent.Should().Contain("桂南新片");

        var removed = await admin.Submit(corrected.Document, "[data-testid='remove-area-form']");
        removed.All("area-row").Should().BeEmpty();
    }

    private Task<PlaceMatch> Match(string? town, string? area) => Match(factory, town, area);

    // In a scope of the host's container, as a module's request asks: the port is answered per scope.
    private static async Task<PlaceMatch> Match(FederationFactory host, string? town, string? area)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPlaceDirectory>().Match(town, area, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<TownPlace>> Towns(FederationFactory host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPlaceDirectory>().Towns(CancellationToken.None);
    }

    private static string Unique(string name) => $"{name}{Guid.NewGuid():N}"[..(name.Length + 6)];

    private static async Task<JsonElement> CreateTown(HttpClient admin, string name, string? nameEn, params string[] aliases) =>
        await (await admin.PostAsJsonAsync("/api/admin/places/towns", new { name, nameEn, aliases })).ShouldBe(HttpStatusCode.Created);

    private static async Task<JsonElement> AddArea(HttpClient admin, Guid town, string name, params string[] aliases) =>
        await (await admin.PostAsJsonAsync($"/api/admin/places/towns/{town}/areas", new { name, aliases })).ShouldBe(HttpStatusCode.Created);

    private static async Task<JsonElement> Listing(HttpClient admin) =>
        await (await admin.GetAsync("/api/admin/places")).ShouldBe(HttpStatusCode.OK);

    private static JsonElement Town(JsonElement towns, string name) =>
        towns.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    private static IEnumerable<string> Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name);
}
