namespace Federation.Platform.Imports;

/// <summary>
/// What an uploaded ledger may be (section "Imports"). A file past any of these is refused
/// before a row is read, so a hostile file writes nothing.
/// </summary>
internal sealed class ImportLimits
{
    public const string Section = "Imports";

    /// <summary>The upload itself; a 100,000-row ledger of ten columns is about 6 MB.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Everything inside an .xlsx once unpacked; a zip bomb stops here.</summary>
    public long MaxUnpackedBytes { get; set; } = 768L * 1024 * 1024;

    public int MaxRows { get; set; } = 200_000;

    public int MaxColumns { get; set; } = 100;

    /// <summary>The longest text one cell may hold; the longest field of any ledger is far shorter.</summary>
    public int MaxCellCharacters { get; set; } = 4_000;

    /// <summary>Rows written per transaction when each row is imported on its own.</summary>
    public int RowsPerTransaction { get; set; } = 500;
}
