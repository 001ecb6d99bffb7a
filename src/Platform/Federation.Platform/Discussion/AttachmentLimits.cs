namespace Federation.Platform.Discussion;

/// <summary>What a file kept with a record may be (section "Attachments").</summary>
internal sealed class AttachmentLimits
{
    public const string Section = "Attachments";

    /// <summary>The largest file; a scanned agreement or a phone photo is a few MB.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>How many files one record may keep.</summary>
    public int MaxFilesPerRecord { get; set; } = 50;
}
