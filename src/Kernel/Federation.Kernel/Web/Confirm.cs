using System.Globalization;
using Federation.Kernel.RecycleBin;

namespace Federation.Kernel.Web;

/// <summary>
/// The question a destructive button asks before it acts, naming what will happen. Put it in the
/// form's (or button's) <c>data-confirm</c> attribute; the shell's site.js asks it and cancels the
/// submit when the user declines. Every module's pages use these, so a deletion reads the same everywhere.
/// </summary>
public static class Confirm
{
    /// <summary>"删除招商项目“某某”？删除后可在回收站中恢复30天。": for a record that goes to the recycle bin.</summary>
    public static string Deletion(string kind, string title) =>
        Resources.Text.Format("Confirm.Deletion", kind, title, RecycleBinRules.RetentionDays);

    /// <summary>The same, for a record's own description.</summary>
    public static string Deletion(RecycleDescription record) => Deletion(record.Kind.For(CultureInfo.CurrentUICulture), record.Title);

    /// <summary>"永久删除…？此操作无法撤销。": for what does not go to the recycle bin (a comment, a file, reference data).</summary>
    public static string Removal(string kind, string title) => Resources.Text.Format("Confirm.Removal", kind, title);
}
