using Federation.Kernel.Calendar;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Platform.Organisations;
using Federation.Platform.Resources;

namespace Federation.Platform.Calendar;

/// <summary>
/// Asks every module for its entries in a range and keeps what the viewer may open: an entry
/// needs its permission (one its own module declares) and an owner in the viewer's subtree. The
/// modules answer for everyone, so the filter is here and nowhere else.
/// </summary>
internal sealed class CalendarQuery(
    IEnumerable<ICalendarEntries> sources, IModuleDirectory modules, OrganisationTree tree, ILogger<CalendarQuery> logger)
{
    public const int MaxDays = 366;

    /// <summary>Refuses a range the calendar does not serve, naming the field.</summary>
    public static (DateOnly From, DateOnly To) Range(DateOnly? from, DateOnly? to)
    {
        if (from is null) throw new RequestRejectedException("from", Kernel.Resources.Text.Get("Required"));
        if (to is null) throw new RequestRejectedException("to", Kernel.Resources.Text.Get("Required"));
        if (to < from) throw new RequestRejectedException("to", PlatformText.Get("Calendar.EndBeforeStart"));
        if (to.Value.DayNumber - from.Value.DayNumber + 1 > MaxDays)
            throw new RequestRejectedException("to", PlatformText.Format("Calendar.RangeTooLong", MaxDays));
        return (from.Value, to.Value);
    }

    /// <summary>The module a filter names, by its name in any case; an unknown one is refused naming <c>module</c>.</summary>
    public IModule? Module(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return modules.WorkLines.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestRejectedException("module", PlatformText.Format("Calendar.UnknownModule",
                string.Join(", ", modules.WorkLines.Select(m => m.Name))));
    }

    public IEnumerable<IModule> WorkLines => modules.WorkLines;

    public async Task<IReadOnlyList<CalendarItem>> For(ICurrentUser viewer, DateOnly from, DateOnly to, IModule? module,
        Guid? organisationId, CancellationToken ct)
    {
        var within = organisationId is { } id ? tree.Current.Subtree(id) : null;
        var items = new List<CalendarItem>();
        foreach (var source in sources)
        {
            var owner = modules.WorkLines.FirstOrDefault(m => m.GetType().Assembly == source.GetType().Assembly);
            if (owner is null || (module is not null && owner != module)) continue;
            var declared = owner.Permissions.Select(p => p.Key).ToHashSet();
            IReadOnlyList<CalendarEntry> entries;
            try
            {
                entries = await source.Between(from, to, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A work line whose tables are out of service must not empty everyone's calendar.
                logger.LogError(ex, "Module {Module} could not answer the calendar", owner.Name);
                continue;
            }
            items.AddRange(entries
                .Where(e => e.Overlaps(from, to) && declared.Contains(e.Permission) && viewer.HasPermission(e.Permission)
                    && viewer.CanAccess(e.OrganisationId) && (within is null || within.Contains(e.OrganisationId)))
                .Select(e => new CalendarItem(e.Key, owner.Name, owner.Title, e.Kind, e.Title, e.StartsOn, e.EndsOn, e.Place, e.Link, e.OrganisationId)));
        }
        return items.DistinctBy(i => i.Key).OrderBy(i => i.StartsOn).ThenBy(i => i.EndsOn).ThenBy(i => i.Module).ThenBy(i => i.Title.Zh).ToList();
    }
}
