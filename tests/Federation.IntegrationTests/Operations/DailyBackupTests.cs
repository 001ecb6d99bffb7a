using System.Globalization;
using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// The daily backup: taken once it is due, once a day however often hosts start, and followed by
/// deleting the backups past the retention; listed with their sizes on 数据备份 for top-level admins.
/// </summary>
[Trait("Category", "Sqlite")] // The backups' files are SQLite copies; the schedule is the same on PostgreSQL.
public sealed class DailyBackupTests
{
    [Fact]
    public async Task The_day_s_backup_is_taken_once_and_backups_past_the_retention_are_removed()
    {
        var folder = UpgradeTests.Folder();
        var database = Path.Combine(folder, "federation.db");
        var backups = Path.Combine(folder, "backups");
        Directory.CreateDirectory(backups);
        var old = Plant(backups, DateTime.UtcNow.AddDays(-10));
        var recent = Plant(backups, DateTime.UtcNow.AddDays(-2));
        var notABackup = Path.Combine(backups, "notes.txt");
        File.WriteAllText(notABackup, "kept");

        using (var host = Daily(database))
        {
            var admin = await host.Admin();
            var listed = await Eventually.Within(TimeSpan.FromSeconds(30), () => Files(admin), f => f.Count == 2 && !f.Contains(Path.GetFileName(old)));
            listed.Should().Contain(Path.GetFileName(recent));
            File.Exists(notABackup).Should().BeTrue("only backups are removed");
        }
        var afterFirst = Directory.GetFiles(backups, "federation-*.db").Select(Path.GetFileName).ToList();

        using (var restarted = Daily(database))
        {
            var admin = await restarted.Admin();
            // Long enough for a start-up round to have run; the day's round is claimed already.
            await Task.Delay(TimeSpan.FromSeconds(3));
            (await Files(admin)).Should().BeEquivalentTo(afterFirst, "the day has its backup");
        }
    }

    [Fact]
    public async Task The_backups_page_lists_each_backup_with_its_size_for_top_level_admins_only()
    {
        using var factory = new FederationFactory();
        var world = await TestFederation.Create(factory);
        var taken = (await (await world.Admin.PostAsync("/api/admin/backups", null)).ShouldBe(HttpStatusCode.Created));

        var page = await world.Admin.GetAsync("/admin/backups");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain(taken.GetProperty("file").GetString()).And.Contain("千字节").And.Contain("数据备份");
        html.Should().Contain("backup-schedule").And.Contain("href=\"/admin/backups\"", "the menu offers the page");

        var branchAdmin = await world.User(world.BranchA, "admin");
        var branchMenu = await (await branchAdmin.GetAsync("/admin/users")).Content.ReadAsStringAsync();
        branchMenu.Should().Contain("href=\"/admin/users\"").And.NotContain("href=\"/admin/backups\"", "a branch admin's menu offers no page that would refuse them");
        var refused = await branchAdmin.GetAsync("/admin/backups");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect, "a backup is every organisation's data");
        refused.Headers.Location!.OriginalString.Should().StartWith("/forbidden");
        (await branchAdmin.GetAsync(refused.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Back_up_now_on_the_page_takes_a_backup()
    {
        using var factory = new FederationFactory();
        var pages = await PageClient.Admin(factory);
        var page = await pages.Get("/admin/backups");
        page.Document.QuerySelector("[data-testid=no-backups]").Should().NotBeNull();

        var answer = await pages.Submit(page.Document, "[data-testid=take-backup-form]");

        answer.Status.Should().Be(HttpStatusCode.OK);
        var file = answer.Document.QuerySelector("[data-testid=backup-taken]")!.TextContent;
        answer.Document.QuerySelectorAll("[data-testid=backup-row]").Should().ContainSingle()
            .Which.TextContent.Should().Contain(file.Split('：')[1].Trim());
    }

    private static FederationFactory Daily(string database) => new FederationFactory()
        .With("Store:SqlitePath", database).With("Backups:Daily", "true").With("Backups:DailyAt", "00:00:00").With("Backups:KeepDays", "7");

    private static string Plant(string folder, DateTime takenUtc)
    {
        var file = Path.Combine(folder, $"federation-{takenUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db");
        File.WriteAllText(file, "an older backup");
        return file;
    }

    private static async Task<List<string>> Files(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/backups")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().Select(b => b.GetProperty("file").GetString()!).ToList();
}
