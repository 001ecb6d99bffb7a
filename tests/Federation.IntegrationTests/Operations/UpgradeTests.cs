using System.Net;
using Federation.Host.Persistence;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// Upgrades: a database in use is backed up before this build migrates it, the migrate command does
/// the same apart from serving, and a database a newer build migrated stops this one, saying so.
/// </summary>
[Trait("Category", "Sqlite")] // Changes the SQLite file's migration history behind the host.
public sealed class UpgradeTests
{
    [Fact]
    public async Task A_database_newer_than_this_build_is_refused_by_the_migrate_command_and_the_host()
    {
        var folder = Folder();
        var database = Path.Combine(folder, "federation.db");
        (await Migrate(database)).Exit.Should().Be(0);
        SqliteFiles.AddFutureMigration(database);
        var before = SqliteFiles.Counts(database);

        var (exit, _, error) = await Migrate(database);

        exit.Should().Be(1);
        error.Should().Contain("older than its database").And.Contain("29991231000000_FromANewerVersion");
        SqliteFiles.Counts(database).Should().Equal(before, "nothing was migrated or written");
        Directory.Exists(Path.Combine(folder, "backups")).Should().BeFalse("there was nothing to upgrade");

        using var host = new FederationFactory().With("Store:SqlitePath", database);
        var start = () => host.CreateClient();
        start.Should().Throw<Exception>("the host stops before serving a database it does not know");
    }

    [Fact]
    public async Task Before_migrating_a_database_in_use_the_host_backs_it_up_as_it_was()
    {
        var folder = Folder();
        var database = Path.Combine(folder, "federation.db");
        using (var first = new FederationFactory().With("Store:SqlitePath", database))
        {
            var admin = await first.Admin();
            await EnterpriseRequests.Created(admin, "/api/investment/projects", InvestmentRequests.Project());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // As if the scorecard were a module this version adds: its tables and history are not there yet.
        var scorecard = SqliteFiles.Counts(database).Keys.Where(t => t.StartsWith("sc_", StringComparison.Ordinal)).ToList();
        scorecard.Should().Contain("sc_migrations");
        SqliteFiles.Execute(database, "PRAGMA foreign_keys=OFF; " + string.Concat(scorecard.Select(t => $"DROP TABLE \"{t}\"; ")));
        var asItWas = SqliteFiles.Counts(database);

        using var upgraded = new FederationFactory().With("Store:SqlitePath", database);
        (await upgraded.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);

        var backup = Directory.GetFiles(Path.Combine(folder, "backups")).Should().ContainSingle().Subject;
        Path.GetFileName(backup).Should().MatchRegex(@"^federation-\d{8}-\d{6}-before-upgrade\.db$");
        SqliteFiles.Counts(backup).Should().Equal(asItWas, "the backup is the database before the upgrade");
        SqliteFiles.Counts(database).Should().ContainKey("sc_migrations", "then the migrations ran");
        var listed = await (await (await upgraded.Admin()).GetAsync("/api/admin/backups")).ShouldBe(HttpStatusCode.OK);
        listed.EnumerateArray().Select(b => b.GetProperty("file").GetString()).Should().Contain(Path.GetFileName(backup));
    }

    [Fact]
    public async Task The_migrate_command_makes_a_new_database_without_a_backup_and_then_finds_nothing_to_do()
    {
        var folder = Folder();
        var database = Path.Combine(folder, "federation.db");

        var (exit, output, _) = await Migrate(database);
        exit.Should().Be(0);
        output.Should().Contain(database);
        SqliteFiles.Counts(database).Should().ContainKeys("plt_migrations", "inv_migrations", "sc_migrations");
        (await Migrate(database)).Exit.Should().Be(0);
        Directory.Exists(Path.Combine(folder, "backups")).Should().BeFalse("an empty database has nothing to lose, and a current one is not migrated");
    }

    internal static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "federation-tests", "ops_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<(int Exit, string Output, string Error)> Migrate(string database)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await MigrateCommand.Run([$"--Store:SqlitePath={database}", "--Logging:LogLevel:Default=Warning"], output, error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (exit, output.ToString(), error.ToString());
    }
}
