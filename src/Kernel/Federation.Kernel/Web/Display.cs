using System.Globalization;
using Federation.Kernel.Time;

namespace Federation.Kernel.Web;

/// <summary>How pages show money, dates and times: 万元/亿元, China time.</summary>
public static class Display
{
    public static string Yuan(decimal yuan) => Money.Money.FromYuan(yuan).ToDisplay(CultureInfo.CurrentUICulture);

    public static string Yuan(long fen) => new Money.Money(fen).ToDisplay(CultureInfo.CurrentUICulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string ChinaTime(DateTime utc) =>
        ChinaCalendar.ToChinaTime(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
