namespace Federation.Host.Persistence;

/// <summary>Which engine holds the data. See docs/adr/0015-postgresql-and-rabbitmq.md.</summary>
internal enum StoreProvider
{
    /// <summary>One file under ./data: one host process, no server to run.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, one schema per module: several host processes at once.</summary>
    Postgres,
}

/// <summary>Where data lives: SQLite by default, PostgreSQL when one machine is not enough.</summary>
internal sealed class StoreOptions
{
    public const string Section = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// The SQLite file; relative paths are taken from the working directory. Its folder is also
    /// the host's local data folder (imports, backups) with either provider.
    /// </summary>
    public string SqlitePath { get; set; } = "data/federation.db";

    /// <summary>
    /// NORMAL in WAL mode survives a process crash but not a power cut; FULL survives both at
    /// about a third of the write rate. See docs/adr/0004-sqlite-durability.md.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";

    /// <summary>The PostgreSQL connection string (Npgsql's keywords), used when <see cref="Provider"/> is Postgres.</summary>
    public string? Postgres { get; set; }

    /// <summary>The folder for files that stay on this machine.</summary>
    public string DataFolder => Path.GetDirectoryName(Path.GetFullPath(SqlitePath))!;
}
