using System.Globalization;
using Federation.Kernel.Time;

namespace Federation.Kernel.Web;

/// <summary>How pages show money, dates and times: 万元/亿元, China time.</summary>
public static class Display
{
    /// <summary>An amount in yuan (at most two decimals) as reports write it, e.g. 5600万元, in the reader's language.</summary>
    public static string Yuan(decimal yuan) => Money.Money.FromYuan(yuan).ToDisplay(CultureInfo.CurrentUICulture);

    /// <summary>An amount as the report stated it ("超过20亿元", "约15亿元"), or 未披露 when it gave none.</summary>
    public static string Yuan(decimal? yuan, Figures.Qualifier qualifier, decimal? upToYuan = null) => yuan is null
        ? Resources.Text.Get("NotDisclosed")
        : Figures.StatedFigure.Of(yuan.Value, qualifier, upToYuan).Show(v => Yuan(v), CultureInfo.CurrentUICulture, isMoney: true);

    /// <summary>A count as the report stated it ("200多", "about 40"), or 未披露 when it gave none.</summary>
    public static string Count(int? count, Figures.Qualifier qualifier, int? upTo = null) => count is null
        ? Resources.Text.Get("NotDisclosed")
        : Figures.StatedFigure.Of(count.Value, qualifier, upTo)
            .Show(v => v.ToString("#,0", CultureInfo.InvariantCulture), CultureInfo.CurrentUICulture, isMoney: false);

    /// <summary>
    /// A count in a sentence: <paramref name="format"/> is "{0} item|{0} items" in English (singular
    /// for one, plural otherwise) and a single form in Chinese, which has no plural.
    /// </summary>
    public static string Counted(string format, long count, params object?[] more)
    {
        var forms = format.Split('|');
        var chosen = count == 1 ? forms[0] : forms[^1];
        return string.Format(CultureInfo.CurrentCulture, chosen, [count.ToString("#,0", CultureInfo.InvariantCulture), .. more]);
    }

    /// <summary>Text the report may not have given: the text, or 未披露.</summary>
    public static string Disclosed(string? text) => string.IsNullOrWhiteSpace(text) ? Resources.Text.Get("NotDisclosed") : text;

    /// <summary>An amount held in fen (<see cref="Money.Money.Fen"/>), written the same way.</summary>
    public static string Yuan(long fen) => new Money.Money(fen).ToDisplay(CultureInfo.CurrentUICulture);

    /// <summary>A date as yyyy-MM-dd, or "—" when there is none.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A UTC time in China time, as yyyy-MM-dd HH:mm.</summary>
    public static string ChinaTime(DateTime utc) =>
        ChinaCalendar.ToChinaTime(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
