namespace Federation.Kernel.RecycleBin;

/// <summary>How long the recycle bin keeps a deleted record before the platform purges it, and how its rows are told apart.</summary>
public static class RecycleBinRules
{
    /// <summary>Days a deleted record can be restored; after them it is removed for good.</summary>
    public const int RetentionDays = 30;

    /// <summary>
    /// The filter of an index over live rows only (<c>HasFilter(RecycleBinRules.LiveRowsIndexFilter)</c>). Every
    /// query of a recyclable record carries it, so an index with it can answer a count or a sum alone, where a full
    /// index would have the database visit each matching row to check the mark. Valid SQL on SQLite and PostgreSQL.
    /// </summary>
    public const string LiveRowsIndexFilter = "\"" + Persistence.SoftDeletion.Column + "\" IS NULL";
}
