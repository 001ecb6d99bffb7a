namespace Federation.Kernel.Reminders;

/// <summary>
/// What in a module falls due, asked by the host's hourly reminder job: a project's next
/// follow-up, a concern's due date, a campaign's unvisited enterprises near its end. The host
/// decides who hears of it and when to escalate; the module only says what is due and for whom.
/// </summary>
public interface IDueItems
{
    /// <summary>Items whose reminders should be running on <paramref name="today"/> (China date): from their <see cref="DueItem.RemindFrom"/> on, until they are done.</summary>
    Task<IReadOnlyList<DueItem>> Due(DateOnly today, CancellationToken ct);
}

/// <summary>
/// One thing that falls due. <see cref="Key"/> names it for good ("inv:project:{id}:follow-up"),
/// so a reminder is sent once per key and due date however often the job runs.
/// </summary>
/// <param name="Key">Stable across runs; with the due date it makes a reminder unique.</param>
/// <param name="OrganisationId">The owner; its staff and, when overdue, its leadership hear of it.</param>
/// <param name="Title">What the reminder says, in both languages.</param>
/// <param name="Link">Where the reader acts on it.</param>
/// <param name="DueOn">The day it is due; after this day it is overdue and escalates.</param>
/// <param name="RemindFrom">The first day to remind the responsible people.</param>
/// <param name="Permission">The permission of the department that acts on it (the module's write permission).</param>
/// <param name="Responsible">Named users who act on it (a campaign's assigned leader); when empty, the department's staff of the organisation.</param>
/// <param name="ResponsibleName">A person named in the record (a project's 责任人), matched to a user by user name or display name.</param>
public sealed record DueItem(
    string Key,
    Guid OrganisationId,
    Modules.LocalizedText Title,
    string Link,
    DateOnly DueOn,
    DateOnly RemindFrom,
    string Permission,
    IReadOnlyList<Guid>? Responsible = null,
    string? ResponsibleName = null);
