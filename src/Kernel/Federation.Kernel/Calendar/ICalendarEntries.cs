namespace Federation.Kernel.Calendar;

/// <summary>
/// What in a module takes place or falls due on which days, asked by the platform's calendar and
/// calendar feeds: an event and its sessions, a visit, a tour, a follow-up or a due date. The
/// module answers every entry of its own tables in the range, whoever asks; the platform keeps
/// only those the viewer may open (the entry's permission and organisation).
/// </summary>
public interface ICalendarEntries
{
    /// <summary>Entries that overlap the China dates <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    Task<IReadOnlyList<CalendarEntry>> Between(DateOnly from, DateOnly to, CancellationToken ct);
}

/// <summary>
/// One dated thing in a module's calendar. Entries are whole days in China time: the work lines
/// record dates, not hours.
/// </summary>
/// <param name="Key">Stable for good ("inv:event:{id}"): the feed's UID, so a phone updates the entry rather than adding another.</param>
/// <param name="OrganisationId">The owner; only users whose subtree holds it see the entry.</param>
/// <param name="Kind">What sort of thing it is, for the calendar's colour and legend.</param>
/// <param name="Title">What the calendar shows, in both languages.</param>
/// <param name="StartsOn">The first day.</param>
/// <param name="EndsOn">The last day (the same as <paramref name="StartsOn"/> for one day).</param>
/// <param name="Place">Where it takes place, when the record says (a record's own words serve both languages); null otherwise.</param>
/// <param name="Link">The record's page, where the reader opens it.</param>
/// <param name="Permission">The permission needed to open the record (the module's read permission).</param>
public sealed record CalendarEntry(
    string Key,
    Guid OrganisationId,
    CalendarEntryKind Kind,
    Modules.LocalizedText Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Modules.LocalizedText? Place,
    string Link,
    string Permission)
{
    /// <summary>Whether the entry has a day between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && EndsOn >= from;
}

/// <summary>The sorts of calendar entries; a module picks the nearest.</summary>
public enum CalendarEntryKind
{
    /// <summary>An event held: a conference, a fair, a salon, a policy session.</summary>
    Event,
    /// <summary>A session inside an event (分会, 对接会).</summary>
    Session,
    /// <summary>A visit to an enterprise or a person.</summary>
    Visit,
    /// <summary>A tour or trip over several days.</summary>
    Tour,
    /// <summary>A day something falls due: a follow-up, a concern's or a case's deadline.</summary>
    Due,
    /// <summary>The end of a campaign, a pilot or a programme.</summary>
    Deadline,
}
