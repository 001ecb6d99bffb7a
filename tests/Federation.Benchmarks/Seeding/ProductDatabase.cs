using System.Diagnostics;
using Federation.Benchmarks.Hosting;
using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Seeding;

/// <summary>
/// Product databases for the comparisons: an empty one made by the host itself (so every module's
/// migrations ran and the admin exists), copies of it, and copies filled with many projects fast.
/// </summary>
internal static class ProductDatabase
{
    public const string FileName = "federation.db";

    private static readonly string[] Towns = ["火炬开发区", "翠亨新区", "石岐", "东区", "小榄镇"];
    private static readonly string[] Industries = ["先进制造", "健康医药", "新材料", "文旅", "新一代信息技术"];
    private static readonly string?[] Countries = ["SG", "MY", "US", "CA", "AU", "JP", "GB", "TH", null];

    /// <summary>Starts the host once on an empty <paramref name="folder"/>, then stops it and folds the WAL into the file.</summary>
    public static async Task CreateEmpty(string hostDll, string folder, string adminPassword, CancellationToken ct)
    {
        await using (await HostProcess.Start(hostDll, folder, adminPassword, ct)) { }
        Checkpoint(Path.Combine(folder, FileName));
    }

    /// <summary>A copy of <paramref name="template"/>'s database in a new folder, for a run that must start from the same state.</summary>
    public static string Copy(string template, string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(template, FileName), Path.Combine(folder, FileName));
        return folder;
    }

    /// <summary>
    /// Adds <paramref name="count"/> projects signed across <paramref name="years"/> years from
    /// <paramref name="firstYear"/>, a third of them broken ground, owned by the root organisation,
    /// with their scorecard facts; answers the time taken. The same seed gives the same projects.
    /// </summary>
    public static TimeSpan Seed(string folder, int count, int firstYear, int years, int seed)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var path = Path.Combine(folder, FileName);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            var root = RootOrganisation(connection);
            using var transaction = connection.BeginTransaction();
            using (var rows = new ProjectRows(connection, transaction))
            {
                var first = new DateOnly(firstYear, 1, 1);
                var days = new DateOnly(firstYear + years, 1, 1).DayNumber - first.DayNumber;
                var now = DateTime.UtcNow;
                for (var i = 0; i < count; i++)
                    rows.Add(new SeedProject(
                        Guid.CreateVersion7(), root, $"基准项目{seed}-{i + 1:D7}", $"基准测试集团{i % 997 + 1:D3}有限公司",
                        Countries[random.Next(Countries.Length)], Industries[random.Next(Industries.Length)],
                        (1_000_000L + random.Next(500) * 250_000L) * 100, Towns[random.Next(Towns.Length)],
                        first.AddDays(random.Next(days)), BrokeGround: i % 3 == 2), now);
                rows.WriteCells(connection, transaction, root);
            }
            transaction.Commit();
        }
        Checkpoint(path);
        return clock.Elapsed;
    }

    public static Guid RootOrganisation(StoreProbe store)
    {
        using var connection = store.Open();
        return RootOrganisation(connection);
    }

    private static Guid RootOrganisation(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM plt_organisations WHERE ParentId IS NULL";
        return Guid.Parse((string)command.ExecuteScalar()!);
    }

    // The host was SIGKILLed: its last commits may sit in the WAL. Folding them in makes the file whole, so it can be copied alone.
    private static void Checkpoint(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }
}
