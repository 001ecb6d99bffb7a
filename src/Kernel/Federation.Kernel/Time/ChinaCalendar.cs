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

    /// <summary>
    /// A range of China days as UTC instants, for filters by date: from the first moment of
    /// <paramref name="from"/> to the last tick of <paramref name="to"/>; an open end stays null.
    /// </summary>
    public static (DateTime? FromUtc, DateTime? ToUtc) DaysInUtc(DateOnly? from, DateOnly? to) =>
        (from is { } first ? StartOfDay(first) : null, to is { } last ? StartOfDay(last.AddDays(1)).AddTicks(-1) : null);

    private static DateTime StartOfDay(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
