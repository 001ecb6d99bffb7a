using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// Published and started from another folder, the host serves its own CSS and JS, reads its own
/// appsettings.json and keeps its data in its own folder; a database from a newer version stops it
/// with a message naming the problem.
/// </summary>
[Trait("Category", "Sqlite")] // Runs the published host on its default SQLite file.
public sealed class PublishedHostTests
{
    [Fact]
    public async Task Started_from_an_unrelated_folder_it_serves_its_assets_and_reads_its_own_settings_and_data_folder()
    {
        var app = await PublishedHost.Install();
        var settingsFile = Path.Combine(app, "appsettings.json");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(settingsFile))!;
        settings["Bootstrap"]!["AdminUserName"] = "it-officer";
        settings["Bootstrap"]!["AdminPassword"] = "Published-Passw0rd";
        settings["Bootstrap"]!["DemoData"] = false;
        await File.WriteAllTextAsync(settingsFile, settings.ToJsonString());
        var elsewhere = UpgradeTests.Folder();

        var (process, address, log) = PublishedHost.Start(app, elsewhere);
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            await PublishedHost.WaitUntilLive(client, process, log);

            var page = await client.GetAsync("/sign-in");
            page.StatusCode.Should().Be(HttpStatusCode.OK, log());
            var assets = Regex.Matches(await page.Content.ReadAsStringAsync(), "(?:href|src)=\"(/[^\"]+\\.(?:css|js)[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            assets.Should().Contain(a => a.Contains(".css")).And.Contain(a => a.Contains(".js"));
            foreach (var asset in assets) (await client.GetAsync(asset)).StatusCode.Should().Be(HttpStatusCode.OK, asset);

            var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = "it-officer", password = "Published-Passw0rd" });
            signIn.StatusCode.Should().Be(HttpStatusCode.OK, "the first admin is named in the published appsettings.json");
            File.Exists(Path.Combine(app, "data", "federation.db")).Should().BeTrue("the data folder is under the application's folder");
            Directory.Exists(Path.Combine(elsewhere, "data")).Should().BeFalse("not under the working directory");
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        // The same installation on a database a newer version has migrated: it stops, saying why.
        SqliteFiles.AddFutureMigration(Path.Combine(app, "data", "federation.db"));
        var (again, _, againLog) = PublishedHost.Start(app, elsewhere);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await again.WaitForExitAsync(timeout.Token);
        again.ExitCode.Should().Be(1);
        againLog().Should().Contain("older than its database").And.Contain("29991231000000_FromANewerVersion");
    }
}
