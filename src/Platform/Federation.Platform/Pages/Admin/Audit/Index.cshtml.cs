using Federation.Platform.Audit;
using Federation.Kernel.Modules;
using Federation.Platform.Data;
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
internal sealed class IndexModel(AuditLogQuery log, IModuleDirectory modules) : PageModel
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


    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return;
        await this.Try("", async () => Entries = await log.List(Query(PageNumber, PageSize), ct),
            new Dictionary<string, string> { ["page"] = nameof(PageNumber) });
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
            })))
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await ListWorkbook.File(PlatformText.Get("AuditLog"),
        [
            new ExportColumn<AuditEntryResponse>(PlatformText.Get("Time"), e => Display.ChinaTime(e.AtUtc)),
            new(PlatformText.Get("User"), e => e.UserName),
            new(PlatformText.Get("Module"), e => ModuleTitle(e.Module)),
            new(PlatformText.Get("EntityType"), e => e.EntityType),
            new(PlatformText.Get("Entity"), e => e.EntityId),
            new(PlatformText.Get("Action"), e => PlatformText.Get("AuditAction." + e.Action)),
            new(PlatformText.Get("Changes"), e => ChangeLine.Summary(e.Changes)),
        ], rows, ct);
    }

    private ListQuery Query(int? page, int? size) => new(UserName?.Trim(), Module, EntityType?.Trim(), null,
        From is { } from ? StartOfChinaDay(from) : null,
        To is { } to ? StartOfChinaDay(to.AddDays(1)).AddTicks(-1) : null,
        page, size);

    public string ModuleTitle(string name) =>
        modules.Enabled.FirstOrDefault(m => m.Name == name)?.Title.For(System.Globalization.CultureInfo.CurrentUICulture) ?? name;

    private static DateTime StartOfChinaDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ChinaCalendar.Zone);
}
