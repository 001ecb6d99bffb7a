using System.Globalization;
using Federation.Kernel.Calendar;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.Time;
using Federation.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Calendar;

/// <summary>
/// The daily calendar across the work lines: a month grid, a week, or a list (the view for a
/// phone), filtered by work line and organisation; beside it the user's feed link for a calendar app.
/// </summary>
internal sealed class IndexModel(CalendarQuery query, CalendarFeeds feeds, ICurrentUser user, IOrganisationDirectory directory, TimeProvider clock) : PageModel
{
    public enum Views { Month, Week, List }

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Date { get; set; }
    [BindProperty(SupportsGet = true)] public string? Module { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }

    public Views Mode { get; private set; }
    public DateOnly Today { get; private set; }
    public DateOnly Anchor { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<CalendarItem> Items { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<IModule> WorkLines { get; private set; } = [];
    public CalendarFeeds.FeedLink? Feed { get; private set; }
    public string? FeedUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Mode = View?.ToLowerInvariant() switch { "week" => Views.Week, "list" => Views.List, _ => Views.Month };
        Today = ChinaCalendar.Today(clock);
        Anchor = Date ?? Today;
        (From, To) = Mode switch
        {
            Views.Week => (Monday(Anchor), Monday(Anchor).AddDays(6)),
            Views.List => (FirstOfMonth(Anchor), FirstOfMonth(Anchor).AddMonths(1).AddDays(-1)),
            _ => (Monday(FirstOfMonth(Anchor)), Monday(FirstOfMonth(Anchor).AddMonths(1).AddDays(-1)).AddDays(6)),
        };
        WorkLines = query.WorkLines.ToList();
        Organisations = await directory.VisibleTo(user, ct);
        Feed = (await feeds.Mine(ct)).FirstOrDefault(f => f.Path is not null);
        FeedUrl = Feed is null ? null : CalendarEndpoints.BaseUrl(Request) + Feed.Path;
        try
        {
            Items = await query.For(user, From, To, query.Module(Module), OrganisationId, ct);
        }
        catch (RequestRejectedException refused)
        {
            ModelState.AddModelError(refused.Field, refused.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCreateFeedAsync(string? language, CancellationToken ct)
    {
        var chosen = CalendarFeeds.Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase))
            ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh-CN" : "en");
        await feeds.Create(chosen, ct);
        return RedirectToPage(Filters());
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(Guid id, CancellationToken ct)
    {
        await feeds.Revoke(id, ct);
        return RedirectToPage(Filters());
    }

    /// <summary>The current filters with some changed, for the view switch and the paging links.</summary>
    public Dictionary<string, string?> Filters(string? view = null, DateOnly? date = null) => new()
    {
        ["view"] = view ?? View,
        ["date"] = (date ?? Date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["module"] = Module,
        ["organisationId"] = OrganisationId?.ToString(),
    };

    public string ViewName => Mode.ToString().ToLowerInvariant();

    public DateOnly Previous => Mode == Views.Week ? Anchor.AddDays(-7) : FirstOfMonth(Anchor).AddMonths(-1);

    public DateOnly Next => Mode == Views.Week ? Anchor.AddDays(7) : FirstOfMonth(Anchor).AddMonths(1);

    public IEnumerable<CalendarItem> On(DateOnly day) => Items.Where(i => i.IsOn(day));

    public IEnumerable<DateOnly> Days() => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    /// <summary>A colour per kind, so a clerk tells a due date from an event at a glance; the legend names them.</summary>
    public static string Badge(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Event => "text-bg-primary",
        CalendarEntryKind.Session => "text-bg-info",
        CalendarEntryKind.Visit => "text-bg-success",
        CalendarEntryKind.Tour => "text-bg-warning",
        CalendarEntryKind.Due => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
