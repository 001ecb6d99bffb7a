namespace Federation.Platform.Backups;

/// <summary>The daily backup: settings <c>Backups:Daily</c>, <c>Backups:DailyAt</c> (China time) and <c>Backups:KeepDays</c>.</summary>
internal sealed class BackupSchedule
{
    public const string Section = "Backups";

    /// <summary>Off only where something else backs the store up (or in tests, which take their own).</summary>
    public bool Daily { get; set; } = true;

    /// <summary>When the day's backup is due, China time: in the night, when nobody is entering figures.</summary>
    public TimeSpan DailyAt { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Backups older than this many days are deleted after each day's backup; 0 keeps every backup.</summary>
    public int KeepDays { get; set; } = 14;
}
