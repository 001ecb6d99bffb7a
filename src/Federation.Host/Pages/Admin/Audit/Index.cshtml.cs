using Federation.Host.Audit;
using Federation.Host.Modules;
using Federation.Host.Platform;
using Federation.Kernel.Http;
using Federation.Kernel.Modules;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Host.Audit.AuditEndpoints;

namespace Federation.Host.Pages.Admin.Audit;

[RequirePermission(PlatformModule.Audit)]
internal sealed class IndexModel(AuditLogQuery log, ModuleCatalog catalog) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Module { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }

    /// <summary>The first and last day of the range, in China time.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = PageLinks.Parameter)] public int? PageNumber { get; set; }

    public PagedList<AuditEntryResponse> Entries { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<IModule> Modules => catalog.Enabled;

    public PageLinks Links => new(Entries.Page, Entries.PageSize, Entries.Total, "/admin/audit", new Dictionary<string, string?>
    {
        [nameof(UserName)] = UserName, [nameof(Module)] = Module, [nameof(EntityType)] = EntityType,
        [nameof(From)] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [nameof(To)] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return;
        var query = new ListQuery(UserName?.Trim(), Module, EntityType?.Trim(), null,
            From is { } from ? StartOfChinaDay(from) : null,
            To is { } to ? StartOfChinaDay(to.AddDays(1)).AddTicks(-1) : null,
            PageNumber, PageSize);
        await this.Attempt(async () => Entries = await log.List(query, ct),
            new Dictionary<string, string> { ["page"] = nameof(PageNumber) });
    }

    public string ModuleTitle(string name) =>
        catalog.Enabled.FirstOrDefault(m => m.Name == name)?.Title.For(System.Globalization.CultureInfo.CurrentUICulture) ?? name;

    private static DateTime StartOfChinaDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ChinaCalendar.Zone);
}
