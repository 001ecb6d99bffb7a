namespace Federation.Kernel.Time;

/// <summary>Dates as the federation reads them: in China time (Asia/Shanghai), whatever the server's zone.</summary>
public static class ChinaCalendar
{
    /// <summary>China Standard Time (Asia/Shanghai, UTC+8).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Today's date in China by <paramref name="clock"/>: use it for due dates and "this year", not the server's date.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone));

    /// <summary>A UTC time as a clock in China shows it; the value is taken as UTC whatever its Kind says.</summary>
    public static DateTime ToChinaTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
