using System.Net;
using Federation.Host.Composition;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// <c>restore</c>: a backup into a new folder gives a host with every table's count and every
/// scorecard figure of the original; a running host's database, or a file that is no Federation
/// backup, is refused; what a restore replaced is named and kept.
/// </summary>
[Trait("Category", "Sqlite")] // Restores SQLite files; PostgreSQL's are restored with pg_restore.
public sealed class RestoreCommandTests
{
    private const string ScorecardYear = "/api/scorecard/2037";

    [Fact]
    public async Task A_backup_restored_into_a_new_folder_has_every_table_and_scorecard_figure_and_a_second_restore_keeps_the_first_aside()
    {
        using var live = new FederationFactory();
        var admin = await live.Admin();
        var project = InvestmentRequests.Project();
        project["stageDate"] = "2037-03-01";
        await EnterpriseRequests.Created(admin, "/api/investment/projects", project);
        await EnterpriseRequests.Created(admin, "/api/talent/talents", TalentRequests.Talent());
        var figures = await Eventually.Within(TimeSpan.FromSeconds(20), () => ScorecardRequests.Kpis(admin, ScorecardYear),
            f => f["investment.projects-signed"] == 1);
        var backup = (await (await admin.PostAsync("/api/admin/backups", null)).ShouldBe(HttpStatusCode.Created)).GetProperty("file").GetString()!;
        var backupPath = Path.Combine(Path.GetDirectoryName(live.DatabasePath)!, "backups", backup);
        var counts = SqliteFiles.Counts(backupPath);
        counts["inv_projects"].Should().Be(1);

        var target = UpgradeTests.Folder();
        var (exit, output, _) = Restore(backupPath, "--data", target);

        exit.Should().Be(0);
        output.Should().Contain(backupPath).And.Contain("nothing was replaced");
        var restoredPath = Path.Combine(target, "federation.db");
        SqliteFiles.Counts(restoredPath).Should().Equal(counts, "every table of the original is in the restored database, row for row");
        using (var restored = new FederationFactory().With("Store:SqlitePath", restoredPath))
        {
            var restoredAdmin = await restored.Admin();
            (await ScorecardRequests.Kpis(restoredAdmin, ScorecardYear)).Should().Equal(figures);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var lived = SqliteFiles.Counts(restoredPath);

        var (again, replacedOutput, _) = Restore(backupPath, "--data", target);

        again.Should().Be(0);
        var aside = Directory.GetFiles(target, "federation-replaced-*.db").Should().ContainSingle().Subject;
        replacedOutput.Should().Contain("replaced").And.Contain(aside);
        SqliteFiles.Counts(aside).Should().Equal(lived, "the replaced database is kept whole, with what its log held");
    }

    [Fact]
    public async Task The_database_of_a_running_host_is_not_overwritten()
    {
        using var live = new FederationFactory();
        var admin = await live.Admin();
        var backup = (await (await admin.PostAsync("/api/admin/backups", null)).ShouldBe(HttpStatusCode.Created)).GetProperty("file").GetString()!;
        var backupPath = Path.Combine(Path.GetDirectoryName(live.DatabasePath)!, "backups", backup);

        var (exit, _, error) = Restore(backupPath, $"--Store:SqlitePath={live.DatabasePath}");

        exit.Should().Be(1);
        error.Should().Contain("Stop it first").And.Contain(live.DatabasePath);
        Directory.GetFiles(Path.GetDirectoryName(live.DatabasePath)!, "*replaced*").Should().BeEmpty();
        (await admin.GetAsync("/api/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK, "the host serves on, untouched");
    }

    [Fact]
    public void A_file_that_is_not_a_Federation_backup_is_refused()
    {
        var folder = UpgradeTests.Folder();
        var text = Path.Combine(folder, "notes.db");
        File.WriteAllText(text, "这不是数据库");
        var other = Path.Combine(folder, "other.db");
        SqliteFiles.Execute(other, "CREATE TABLE ledger (id INTEGER PRIMARY KEY)");
        var target = Path.Combine(folder, "data");

        var notSqlite = Restore(text, "--data", target);
        notSqlite.Exit.Should().Be(1);
        notSqlite.Error.Should().Contain("cannot be read as a SQLite database");

        var notOurs = Restore(other, "--data", target);
        notOurs.Exit.Should().Be(1);
        notOurs.Error.Should().Contain("not Federation's");

        var missing = Restore(Path.Combine(folder, "missing.db"), "--data", target);
        missing.Exit.Should().Be(1);
        missing.Error.Should().Contain("does not exist");
        File.Exists(Path.Combine(target, "federation.db")).Should().BeFalse();

        Restore().Exit.Should().Be(2, "no file named: a usage error");
    }

    [Fact]
    public void A_mistyped_command_is_refused_naming_the_commands_rather_than_serving()
    {
        var error = new StringWriter();

        var exit = OperatorCommands.Run(["restor", "backup.db", "--Logging:LogLevel:Default=Warning"], new StringWriter(), error);

        exit.Should().Be(2);
        error.ToString().Should().Contain("\"restor\"").And.Contain("restore").And.Contain("migrate");
        OperatorCommands.Run(["--urls=http://127.0.0.1:5999"], new StringWriter(), error).Should().BeNull("options alone start the host");
    }

    private static (int Exit, string Output, string Error) Restore(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = OperatorCommands.Run(["restore", .. args, "--Logging:LogLevel:Default=Warning"], output, error)
            ?? throw new InvalidOperationException("No module provides the restore command.");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (exit, output.ToString(), error.ToString());
    }
}
