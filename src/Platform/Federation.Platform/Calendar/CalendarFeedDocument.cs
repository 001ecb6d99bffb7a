using System.Globalization;
using Federation.Platform.Resources;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Federation.Platform.Calendar;

/// <summary>
/// Writes a user's calendar as iCalendar (RFC 5545) for phone and desktop calendar apps: whole-day
/// events with the entry's key as UID, so a re-sync moves an entry rather than doubling it.
/// </summary>
internal static class CalendarFeedDocument
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The days a feed covers around today: enough past for last quarter's events, a year ahead.</summary>
    public const int DaysBack = 90;
    public const int DaysAhead = 365;

    public static string Write(IEnumerable<CalendarItem> items, CultureInfo culture, string baseUrl, DateTime nowUtc)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Federation//Calendar//" + culture.TwoLetterISOLanguageName.ToUpperInvariant() };
        calendar.AddProperty("X-WR-CALNAME", PlatformText.Get("Calendar.FeedName", culture));
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        foreach (var item in items)
        {
            var entry = new CalendarEvent
            {
                Uid = item.Key + "@federation",
                Summary = $"[{item.ModuleTitle.For(culture)}] {item.Title.For(culture)}",
                DtStart = new CalDateTime(item.StartsOn),
                // DTEND of a whole-day event is the day after its last day (RFC 5545 §3.6.1).
                DtEnd = new CalDateTime(item.EndsOn.AddDays(1)),
                DtStamp = new CalDateTime(nowUtc, "UTC"),
                Location = item.Place?.For(culture),
                Url = new Uri(baseUrl.TrimEnd('/') + item.Link),
                Description = PlatformText.Get("Calendar.Kind." + item.Kind, culture),
            };
            calendar.Events.Add(entry);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
