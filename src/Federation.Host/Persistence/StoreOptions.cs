namespace Federation.Host.Persistence;

/// <summary>Where data lives. Only SQLite for now; the seam below is where PostgreSQL joins.</summary>
internal sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    public string SqlitePath { get; set; } = "data/federation.db";

    /// <summary>
    /// NORMAL in WAL mode survives a process crash but not a power cut; FULL survives both at
    /// about a third of the write rate. See docs/adr/0004-sqlite-durability.md.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";
}
