using System.Globalization;
using Federation.Platform.Audit;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.Audit.AuditEndpoints;

namespace Federation.Platform.Pages.Admin.Audit;

[RequirePermission(PlatformModule.Audit)]
internal sealed class IndexModel(AuditLogQuery log, IModuleDirectory modules, AuditVocabularies vocabularies,
    PlatformDbContext db, ICurrentUser reader) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Module { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }

    /// <summary>The first and last day of the range, in China time.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<AuditEntryResponse> Entries { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<IModule> Modules => modules.Enabled;

    /// <summary>The users the reader may filter by: those of the organisations they see, by display name.</summary>
    public IReadOnlyList<(string UserName, string Label)> Users { get; private set; } = [];

    /// <summary>The record types the modules name, grouped by module for the pick-list.</summary>
    public IEnumerable<IGrouping<string, (string EntityType, string Label)>> RecordTypes
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            return vocabularies.RecordTypes
                .Where(r => modules.Enabled.Any(m => m.Name == r.Module))
                .GroupBy(r => ModuleTitle(r.Module), r => (r.Record.EntityType, r.Record.Name(culture)));
        }
    }

    /// <summary>The reader, whose browser remembers the columns they hid.</summary>
    public Guid? ReaderId => reader.UserId;

    /// <summary>Saves the filters shown for the signed-in user (_ListTools).</summary>
    public Task<IActionResult> OnPostSaveFilterAsync([FromServices] ISavedFilters saved, string? filterName, CancellationToken ct) =>
        this.SaveFilter(saved, filterName, async () => { await OnGetAsync(ct); return Page(); }, ct);

    /// <summary>Removes one of the signed-in user's saved filters.</summary>
    public Task<IActionResult> OnPostDeleteFilterAsync([FromServices] ISavedFilters saved, Guid filterId, CancellationToken ct) =>
        this.DeleteFilter(saved, filterId, ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await UserChoices.VisibleTo(db, reader, ct);
        if (!ModelState.IsValid) return;
        await this.Try("", async () => Entries = await log.List(Query(PageNumber, PageSize), ct), Inputs);
    }

    /// <summary>
    /// Every entry the filters select (not one page) as a workbook, in the same scope as the page:
    /// a branch's admin exports its own subtree's entries only.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<AuditEntryResponse>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<AuditEntryResponse>(async (page, size) =>
            {
                var list = await log.List(Query(page, size), ct);
                return (list.Items, list.Total);
            }), Inputs))
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await ListWorkbook.File(PlatformText.Get("AuditLog"),
        [
            new ExportColumn<AuditEntryResponse>(PlatformText.Get("Time"), e => Display.ChinaTime(e.AtUtc)),
            new(PlatformText.Get("User"), e => e.UserName),
            new(PlatformText.Get("DisplayName"), e => e.UserDisplayName ?? ""),
            new(PlatformText.Get("Module"), e => e.ModuleTitle),
            new(PlatformText.Get("EntityType"), e => e.RecordType),
            new(PlatformText.Get("Entity"), e => e.RecordName ?? ""),
            new(PlatformText.Get("Action"), e => e.ActionName),
            new(PlatformText.Get("Changes"), e => string.Join("\n", e.Changed.Select(c => c.ToString()))),
        ], rows, ct);
    }

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["page"] = nameof(PageNumber), ["module"] = nameof(Module), ["entityType"] = nameof(EntityType),
        ["userName"] = nameof(UserName), ["to"] = nameof(To),
    };

    private ListQuery Query(int? page, int? size)
    {
        var (fromUtc, toUtc) = ChinaCalendar.DaysInUtc(From, To);
        return new(UserName?.Trim(), Module, EntityType?.Trim(), null, fromUtc, toUtc, page, size);
    }

    public string ModuleTitle(string name) =>
        modules.Enabled.FirstOrDefault(m => m.Name == name)?.Title.For(CultureInfo.CurrentUICulture) ?? name;
}
