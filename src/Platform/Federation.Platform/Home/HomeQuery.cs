using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Modules;
using Federation.Kernel.Reminders;
using Federation.Kernel.Time;
using Federation.Kernel.Workspace;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Imports;
using Federation.Platform.Notifications;
using Federation.Platform.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Home;

/// <summary>
/// Puts one user's home page together from what every module says is open and due, routed by
/// the reminders' own rule (ADR 0013), so the home page and the bell never disagree about who
/// acts: named people first, else the department's staff of the nearest organisation, and the
/// leadership for what is overdue.
/// </summary>
internal sealed class HomeQuery(
    PlatformDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    Roles roles,
    OrganisationTree organisations,
    IModuleDirectory modules,
    IEnumerable<IOpenWork> openWork,
    IEnumerable<IDueItems> dueItems,
    IEnumerable<ILedgerImport> ledgers,
    IEnumerable<IHeadlineFigures> headlines,
    ILogger<HomeQuery> logger)
{
    /// <summary>How far ahead the home page looks for things falling due.</summary>
    public const int DaysAhead = 14;

    // Enough for a day's work; the module pages list the rest.
    private const int PerModule = 200;
    private const int PerList = 50;
    private const int NoticesShown = 10;

    public async Task<HomeContents> For(CancellationToken ct)
    {
        var me = user.UserId ?? throw new InvalidOperationException("The home page is for a signed-in user.");
        var today = ChinaCalendar.Today(clock);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.Roles }).SingleAsync(ct);

        var work = await OpenItems(today, ct);
        var recipients = await ReminderRecipients.Load(db, roles, organisations, ct);
        var culture = CultureInfo.CurrentUICulture;
        List<HomeItem> mine = [], department = [], overdue = [];
        foreach (var item in work.Where(i => user.CanAccess(i.OrganisationId)))
        {
            var isOverdue = item.DueOn < today;
            var shown = new HomeItem(item.Key, ModuleTitle(item.Permission, culture), item.Title.For(culture), item.Link, item.DueOn, isOverdue, item.OrganisationId);
            var route = recipients.Route(item.OrganisationId, item.Permission, item.Responsible, item.ResponsibleName);
            if (route.Users.Contains(me)) (route.Named ? mine : department).Add(shown);
            else if (isOverdue && recipients.Leadership(item.OrganisationId).Contains(me)) overdue.Add(shown);
        }

        var unread = db.Notifications.AsNoTracking().Where(n => n.UserId == me && n.ReadAtUtc == null);
        var notices = await unread.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(NoticesShown).ToListAsync(ct);
        var showsFigures = account.Roles.Contains(Roles.Leadership) || account.Roles.Contains(Roles.BranchStaff);
        var figures = showsFigures && headlines.FirstOrDefault() is { } headline ? await headline.YearToDate(today, ct) : null;

        return new HomeContents(today, Soonest(mine), Soonest(department), Soonest(overdue),
            await WaitingImports(me, culture, ct),
            notices.Select(n => new HomeNotice(n.Id, n.Kind.ToString().ToLowerInvariant(), n.Title(culture), n.Link, n.CreatedAtUtc)).ToList(),
            await unread.CountAsync(ct), figures);
    }

    /// <summary>
    /// Every module's open items, and the due items of those that only answer reminders (a drop-in
    /// work line), once each by key.
    /// </summary>
    private async Task<List<WorkItem>> OpenItems(DateOnly today, CancellationToken ct)
    {
        var query = new OpenWorkQuery(today, today.AddDays(DaysAhead), user.SeesEverything ? null : user.VisibleOrganisationIds, PerModule);
        var items = new List<WorkItem>();
        foreach (var module in openWork)
            items.AddRange(await Asked(module, () => module.Open(query, ct)));
        foreach (var module in dueItems.Where(d => d is not IOpenWork))
            items.AddRange((await Asked(module, () => module.Due(today, ct))).Where(d => query.Includes(d.OrganisationId))
                .Select(d => new WorkItem(d.Key, d.OrganisationId, d.Title, d.Link, d.DueOn, d.Permission, d.Responsible, d.ResponsibleName)));
        return items.DistinctBy(i => i.Key).ToList();
    }

    // One work line failing (a dropped-in module whose tables are gone) must not take everyone's home page with it.
    private async Task<IReadOnlyList<T>> Asked<T>(object module, Func<Task<IReadOnlyList<T>>> ask)
    {
        try
        {
            return await ask();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "{Module} could not say what is open for the home page", module.GetType().FullName);
            return [];
        }
    }

    private async Task<List<WaitingImport>> WaitingImports(Guid me, CultureInfo culture, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - ImportFiles.KeptFor;
        var jobs = await db.ImportJobs.AsNoTracking()
            .Where(j => j.UserId == me && j.Mode == ImportMode.DryRun && j.State == ImportState.Finished && j.CreatedAtUtc > since
                && !db.ImportJobs.Any(c => c.ConfirmsJobId == j.Id && c.State != ImportState.Refused))
            .OrderByDescending(j => j.CreatedAtUtc)
            .Select(j => new { j.Id, j.Ledger, j.FileName, j.Rows, j.RefusedRows, j.CreatedAtUtc })
            .ToListAsync(ct);
        return jobs.Select(j => new WaitingImport(j.Id,
            ledgers.FirstOrDefault(l => l.Name == j.Ledger)?.Title.For(culture) ?? j.Ledger,
            j.FileName, j.Rows, j.RefusedRows, j.CreatedAtUtc, $"/imports/{j.Id}")).ToList();
    }

    private string ModuleTitle(string permission, CultureInfo culture) =>
        modules.Enabled.FirstOrDefault(m => m.Permissions.Any(p => p.Key == permission))?.Title.For(culture) ?? "";

    private static List<HomeItem> Soonest(List<HomeItem> items) =>
        items.OrderBy(i => i.DueOn is null).ThenBy(i => i.DueOn).ThenBy(i => i.Title, StringComparer.Ordinal).Take(PerList).ToList();
}
