namespace Federation.Platform.KeyRing;

/// <summary>Where the key file that encrypts the key ring is kept: a folder outside the database and its backups.</summary>
internal sealed class KeyRingOptions
{
    public const string Section = "KeyRing";

    /// <summary>
    /// The folder holding <c>keyring.key</c>. Empty means a <c>keys</c> folder beside the data
    /// folder (so <c>data/</c> and <c>keys/</c> are siblings); relative paths are taken like the
    /// SQLite path's. Operators put it where database copies and backups do not go.
    /// </summary>
    public string? Folder { get; set; }
}
