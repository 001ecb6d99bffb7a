namespace Federation.Kernel.RecycleBin;

/// <summary>How long the recycle bin keeps a deleted record before the platform purges it.</summary>
public static class RecycleBinRules
{
    /// <summary>Days a deleted record can be restored; after them it is removed for good.</summary>
    public const int RetentionDays = 30;
}
