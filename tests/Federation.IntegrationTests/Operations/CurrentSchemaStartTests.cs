using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Operations;

/// <summary>
/// A start on a database at this build's migrations does no migration work (docs/adr/0040): EF's
/// Migrate, which takes its lock by creating <c>__EFMigrationsLock</c>, is not called. A database one
/// migration behind is still brought up to date.
/// </summary>
[Trait("Category", "Sqlite")] // Reads and changes the SQLite file behind the host.
public sealed class CurrentSchemaStartTests
{
    private const string LockTable = "__EFMigrationsLock";

    [Fact]
    public async Task A_second_start_on_a_current_database_runs_no_migration_and_one_behind_is_still_upgraded()
    {
        var database = Path.Combine(UpgradeTests.Folder(), "federation.db");
        await Start(database);
        SqliteFiles.Counts(database).Should().ContainKey(LockTable, "the first start migrated the new database");
        SqliteFiles.Execute(database, $"DROP TABLE \"{LockTable}\";");

        await Start(database);

        SqliteFiles.Counts(database).Should().NotContainKey(LockTable, "every context was current, so Migrate was never called");

        // Trade's last migration undone by hand, as a database left by the build before it.
        SqliteFiles.Execute(database, "DELETE FROM trd_migrations WHERE MigrationId = '20261207111815_RecycleBin'; " + string.Concat(
            new[] { "trd_tours", "trd_pilots", "trd_orders", "trd_commendations" }.Select(t => $"ALTER TABLE {t} DROP COLUMN DeletedAtUtc; ")));

        await Start(database);

        SqliteFiles.Counts(database).Should().ContainKey(LockTable, "the context one migration behind was migrated");
        using var connection = SqliteFiles.Open(database);
        using var applied = connection.CreateCommand();
        applied.CommandText = "SELECT COUNT(*) FROM trd_migrations WHERE MigrationId = '20261207111815_RecycleBin'";
        ((long)applied.ExecuteScalar()!).Should().Be(1);
        using var column = connection.CreateCommand();
        column.CommandText = "SELECT COUNT(*) FROM pragma_table_info('trd_orders') WHERE name = 'DeletedAtUtc'";
        ((long)column.ExecuteScalar()!).Should().Be(1, "the missing migration's column is back");
    }

    private static async Task Start(string database)
    {
        using (var host = new FederationFactory().With("Store:SqlitePath", database))
            (await host.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
