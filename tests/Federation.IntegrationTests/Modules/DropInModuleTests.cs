using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Federation.IntegrationTests.Modules;

/// <summary>
/// A fifth work line built outside the solution (samples/RightsProtection, 侨益维权) and dropped
/// into the modules folder: the host serves it like its own, and a module that cannot start is
/// reported and skipped while the others run.
/// </summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only (docs/adding-a-work-line.md), and one test breaks its table in the SQLite file.
public sealed class DropInModuleTests
{
    [Fact]
    public async Task The_dropped_in_work_line_serves_its_api_pages_and_kpis_and_keeps_its_copy_of_the_registry()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();

        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);
        var sample = modules.GetProperty("enabled").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "RightsProtection");
        sample.GetProperty("source").GetString().Should().EndWith(SampleModule.Assembly);
        sample.GetProperty("state").GetString().Should().Be("running");
        sample.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("key").GetString()).Should().BeEquivalentTo(["rights.read", "rights.write", "rights.personal-data.read"]);
        modules.GetProperty("failed").GetArrayLength().Should().Be(0);

        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: "维权关联侨企"));
        var known = await Eventually.Within(TimeSpan.FromSeconds(30),
            async () => await (await admin.GetAsync("/api/rights/enterprises")).Body(),
            list => list.ValueKind == JsonValueKind.Array && list.EnumerateArray().Any(e => e.Id() == enterprise.Id()));
        known.EnumerateArray().Should().Contain(e => e.Id() == enterprise.Id(), "the sample keeps its own copy of the registry from EnterpriseChanged");

        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "李侨眷", complainantKind = "returnedOverseasChinese", category = "property", matter = "祖屋被占用",
            town = "石岐", receivedOn = "2024-03-01", enterpriseId = enterprise.Id(),
        })).ShouldBe(HttpStatusCode.Created);
        received.GetProperty("enterpriseName").GetString().Should().Be("维权关联侨企");
        var refused = await (await admin.PostAsJsonAsync("/api/rights/cases", new { category = "property" })).ShouldBe(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("complainantName", out _).Should().BeTrue();

        var scorecard = await Eventually.Within(TimeSpan.FromSeconds(30), () => ScorecardRequests.Kpis(admin, "/api/scorecard/2024"),
            k => k.GetValueOrDefault("rights.cases-received") == 1);
        scorecard["rights.cases-received"].Should().Be(1);

        var browser = await PageClient.Admin(factory);
        var list = await browser.Get("/rights/cases");
        list.Status.Should().Be(HttpStatusCode.OK);
        list.Text.Should().Contain("侨益维权").And.Contain("李侨眷");
        (await browser.Get("/rights/cases?culture=en")).Text.Should().Contain("Rights protection");
        var page = await browser.Get("/admin/modules");
        page.Document.QuerySelector("[data-testid='module'][data-module='RightsProtection']")!.TextContent.Should().Contain("rights.write");
    }

    [Fact]
    public async Task The_dropped_in_work_line_masks_a_complainants_contact_for_a_leader_and_logs_showing_it()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        var federation = await TestFederation.Create(factory);
        var received = await (await federation.Admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "王侨眷", complainantKind = "returnedOverseasChinese", contact = "13812345678", contactConsent = true,
            category = "property", matter = "祖屋被占用", town = "石岐", receivedOn = "2024-03-01",
        })).ShouldBe(HttpStatusCode.Created);
        var leader = await federation.User(federation.Root, "leadership");
        var staff = await federation.User(federation.Root, "rights-staff");

        (await (await leader.GetAsync($"/api/rights/cases/{received.Id()}")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString().Should().Be("138****5678");
        (await (await staff.GetAsync($"/api/rights/cases/{received.Id()}")).ShouldBe(HttpStatusCode.OK)).GetProperty("contact").GetString().Should().Be("13812345678",
            "the platform gives the drop-in's own department staff its personal-data permission");
        (await (await leader.GetAsync($"/api/rights/cases/{received.Id()}/personal-data?field=contact")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("value").GetString().Should().Be("13812345678");

        var log = await (await federation.Admin.GetAsync($"/api/admin/personal-data-access?recordId={received.Id()}&action=shown")).ShouldBe(HttpStatusCode.OK);
        var entry = log.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        (entry.GetProperty("moduleTitle").GetString(), entry.GetProperty("recordTypeTitle").GetString(), entry.GetProperty("recordName").GetString())
            .Should().Be(("侨益维权", "维权个案", "王侨眷"));
    }

    [Fact]
    public async Task Without_the_folder_the_host_runs_its_own_work_lines_and_nothing_of_the_sample()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();

        (await admin.GetAsync("/api/rights/cases")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);
        modules.GetProperty("enabled").EnumerateArray().Select(m => m.GetProperty("name").GetString())
            .Should().BeEquivalentTo(["Platform", "Investment", "Talent", "Enterprises", "Trade", "Scorecard"]);
        modules.GetProperty("failed").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_module_that_cannot_load_or_clashes_is_reported_and_skipped_while_the_sample_and_the_others_run()
    {
        var folder = Directory.CreateTempSubdirectory("federation-modules-").FullName;
        SampleModule.CopyTo(folder);
        Directory.CreateDirectory(Path.Combine(folder, "Federation.Garbage"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "Federation.Garbage", "Federation.Garbage.dll"), "MZ this is not an assembly"u8.ToArray());
        Directory.CreateDirectory(Path.Combine(folder, "Federation.Empty"));
        // The same module again under another folder and file name: its name and prefixes are taken.
        Directory.CreateDirectory(Path.Combine(folder, "Federation.RightsTwin"));
        File.Copy(Path.Combine(folder, SampleModule.Assembly, SampleModule.Assembly + ".dll"), Path.Combine(folder, "Federation.RightsTwin", "Federation.RightsTwin.dll"));
        using var factory = new FederationFactory().With("Modules:Folder", folder);
        var admin = await factory.Admin();

        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);
        var failed = modules.GetProperty("failed").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("reason").GetString()!);
        failed.Keys.Should().BeEquivalentTo(["Federation.Garbage", "Federation.Empty", "RightsProtection"]);
        failed["RightsProtection"].Should().Contain("already named RightsProtection");
        failed["Federation.Garbage"].Should().Contain("Not a .NET assembly");
        failed["Federation.Empty"].Should().Contain("no main assembly Federation.Empty.dll");
        (await admin.GetAsync("/api/rights/cases")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await (await PageClient.Admin(factory)).Get("/admin/modules");
        page.TestId("modules-failed").TextContent.Should().Contain("Federation.Garbage").And.Contain("Federation.Empty");
    }

    [Fact]
    public async Task A_module_whose_migrations_fail_is_out_of_service_with_the_reason_while_the_rest_serves()
    {
        using var factory = new FederationFactory().With("Modules:Folder", SampleModule.Folder);
        // A table of the sample's name already there (left by an older, different version, say) makes its migration fail.
        Directory.CreateDirectory(Path.GetDirectoryName(factory.DatabasePath)!);
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE rpc_cases (id TEXT PRIMARY KEY, something_else TEXT);";
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var admin = await factory.Admin();

        var modules = await (await admin.GetAsync("/api/admin/modules")).ShouldBe(HttpStatusCode.OK);
        modules.GetProperty("enabled").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "RightsProtection")
            .GetProperty("state").GetString().Should().Be("outOfService");
        modules.GetProperty("failed").EnumerateArray().Single().GetProperty("reason").GetString().Should().StartWith("Migrations:");
        var down = await (await admin.GetAsync("/api/rights/cases")).ShouldBe(HttpStatusCode.ServiceUnavailable);
        down.GetProperty("title").GetString().Should().Contain("RightsProtection");
        (await admin.GetAsync("/api/investment/projects")).StatusCode.Should().Be(HttpStatusCode.OK);
        await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: "停用期间登记的侨企"));
        var home = await (await PageClient.Admin(factory)).Get("/");
        home.Text.Should().NotContain("侨益维权", "a module out of service leaves the menu");
        (await (await admin.GetAsync("/health")).Content.ReadAsStringAsync()).Should().Contain("Healthy");
    }
}
