using Federation.Kernel.Modules;

namespace Federation.Kernel.Workspace;

/// <summary>
/// What is waiting to be done in a module, for the home page: every open follow-up, every concern
/// not yet resolved, every enterprise of a running campaign not yet visited, whether or not its
/// reminder has started. The platform decides whose home each item reaches, by the same rule as
/// reminders (<see cref="Reminders.DueItem"/>); a module that only answers
/// <see cref="Reminders.IDueItems"/> still shows what is due, so a work line needs neither.
/// </summary>
public interface IOpenWork
{
    /// <summary>
    /// The open items of the organisations asked for, due on or before <see cref="OpenWorkQuery.Until"/>
    /// (overdue ones included) and those without a due date, soonest first, at most
    /// <see cref="OpenWorkQuery.Limit"/>.
    /// </summary>
    Task<IReadOnlyList<WorkItem>> Open(OpenWorkQuery query, CancellationToken cancellationToken);
}

/// <summary>Which open items a home page asks a module for.</summary>
/// <param name="Today">The China date the page is shown on.</param>
/// <param name="Until">The last due date asked for; items due later are left out.</param>
/// <param name="Organisations">The organisations whose items are asked for; null for every one (a reader who sees everything).</param>
/// <param name="Limit">The most items to return: a home page shows the soonest, not thousands.</param>
public sealed record OpenWorkQuery(DateOnly Today, DateOnly Until, IReadOnlyCollection<Guid>? Organisations, int Limit)
{
    /// <summary>Whether an item of <paramref name="organisationId"/> was asked for.</summary>
    public bool Includes(Guid organisationId) => Organisations is null || Organisations.Contains(organisationId);
}

/// <summary>One thing waiting to be done, with the same "who acts" fields as a reminder.</summary>
/// <param name="Key">Stable, and the same as the item's reminder key where it has one, so the two are shown once.</param>
/// <param name="OrganisationId">The owner.</param>
/// <param name="Title">What the item says, in both languages.</param>
/// <param name="Link">Where the reader acts on it.</param>
/// <param name="DueOn">When it is due; null when it has no date (a concern not given a 办结时限).</param>
/// <param name="Permission">The permission of the department that acts on it (the module's write permission).</param>
/// <param name="Responsible">Named users who act on it (a campaign's assigned leader).</param>
/// <param name="ResponsibleName">A person named in the record (a project's 责任人), matched to a user by user name or display name.</param>
public sealed record WorkItem(
    string Key,
    Guid OrganisationId,
    LocalizedText Title,
    string Link,
    DateOnly? DueOn,
    string Permission,
    IReadOnlyList<Guid>? Responsible = null,
    string? ResponsibleName = null);

/// <summary>Narrows a module's query to the organisations an <see cref="OpenWorkQuery"/> asks for.</summary>
public static class OpenWorkScope
{
    /// <summary>The records owned by the organisations asked for; all of them when the query asks for every one.</summary>
    public static IQueryable<T> OwnedAsAsked<T>(this IQueryable<T> records, OpenWorkQuery query) where T : Persistence.IOrganisationOwned
    {
        if (query.Organisations is null) return records;
        var organisations = query.Organisations.ToList();
        return records.Where(r => organisations.Contains(r.OrganisationId));
    }
}
