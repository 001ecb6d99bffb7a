using System.Globalization;
using Federation.Kernel.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Federation.Platform.Backups;

/// <summary>
/// <c>dotnet Federation.Host.dll restore &lt;backup.db&gt; [--data &lt;folder&gt;]</c>: puts a SQLite
/// backup in place of the database (<c>Store:SqlitePath</c>, or <c>federation.db</c> in the given
/// data folder). The file must pass SQLite's integrity check and hold Federation's tables; a running
/// host's database is refused (the host holds <c>federation.db.lock</c> unshared while it runs); the
/// database replaced is kept aside, with its log, and named in the output.
/// </summary>
internal sealed class RestoreCommand : IOperatorCommand
{
    public string Name => "restore";

    public int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var at = args.ToList().IndexOf("--data");
        var data = at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
        var backup = args.Where((_, i) => at < 0 || (i != at && i != at + 1)).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (backup is null || (at >= 0 && data is null))
        {
            error.WriteLine("usage: Federation.Host restore <backup file> [--data <data folder>]");
            return 2;
        }
        if (configuration["Store:Provider"] == "Postgres")
        {
            error.WriteLine("restore puts back a SQLite backup; restore a PostgreSQL one with pg_restore (docs/backup-and-restore.md).");
            return 2;
        }
        var target = data is null ? Path.GetFullPath(configuration["Store:SqlitePath"]!) : Path.Combine(Path.GetFullPath(data), "federation.db");
        backup = Path.GetFullPath(backup);
        if (Problem(backup) is { } problem)
        {
            error.WriteLine($"restore refused: {backup} {problem}");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        FileStream running;
        try
        {
            running = new FileStream(target + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            error.WriteLine($"restore refused: a Federation host is using {target} (it holds {target}.lock). Stop it first.");
            return 1;
        }
        using (running)
        {
            var aside = PutAside(target);
            File.Copy(backup, target);
            output.WriteLine($"Restored {backup} ({new FileInfo(backup).Length:N0} bytes) as {target}.");
            output.WriteLine(aside is null
                ? "There was no database there before: nothing was replaced."
                : $"The database it replaced ({new FileInfo(aside.Value.Path).Length:N0} bytes, last written {aside.Value.LastWrittenUtc:yyyy-MM-dd HH:mm:ss} UTC) is kept as {aside.Value.Path}.");
            return 0;
        }
    }

    /// <summary>Why the file is no Federation backup, or null when it is one.</summary>
    private static string? Problem(string backup)
    {
        if (!File.Exists(backup)) return "does not exist.";
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            if (check.ExecuteScalar() is not "ok") return "fails SQLite's integrity check: it is damaged.";
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'plt_migrations';";
            return Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 1 ? null : "is a SQLite database but not Federation's: it has no platform tables.";
        }
        catch (SqliteException failure)
        {
            return $"cannot be read as a SQLite database ({failure.Message}).";
        }
    }

    /// <summary>Moves the database and its log files to <c>federation-replaced-&lt;stamp&gt;.db</c>, names kept together so the copy opens whole.</summary>
    private static (string Path, DateTime LastWrittenUtc)? PutAside(string target)
    {
        if (!File.Exists(target)) return null;
        var lastWritten = new[] { target, target + "-wal" }.Where(File.Exists).Max(File.GetLastWriteTimeUtc);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var aside = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}-replaced-{stamp}{Path.GetExtension(target)}");
        File.Move(target, aside);
        foreach (var log in new[] { "-wal", "-shm" })
            if (File.Exists(target + log)) File.Move(target + log, aside + log);
        return (aside, lastWritten);
    }
}
