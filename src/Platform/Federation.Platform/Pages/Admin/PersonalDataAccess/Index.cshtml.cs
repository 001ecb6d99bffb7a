using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.PersonalData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.PersonalData.PersonalDataLogQuery;

namespace Federation.Platform.Pages.Admin.PersonalDataAccess;

/// <summary>The personal-data access log for admins, in the same scope and with the same filters as its API.</summary>
[RequirePermission(PlatformModule.Audit)]
internal sealed class IndexModel(PersonalDataLogQuery log, IModuleDirectory modules, PlatformDbContext db, ICurrentUser reader) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Module { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? RecordId { get; set; }

    /// <summary>The first and last day of the range, in China time.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<AccessResponse> Entries { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>The modules that declare personal data.</summary>
    public IEnumerable<IModule> Modules => modules.Enabled.Where(m => m.PersonalData.Count > 0);
    public IReadOnlyList<(string UserName, string Label)> Users { get; private set; } = [];
    public static IReadOnlyList<PersonalDataAction> Actions => Enum.GetValues<PersonalDataAction>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await UserChoices.VisibleTo(db, reader, ct);
        if (!ModelState.IsValid) return;
        var (fromUtc, toUtc) = ChinaCalendar.DaysInUtc(From, To);
        var query = new ListQuery(UserName?.Trim(), Module, RecordId, Action,
            fromUtc, toUtc, PageNumber, PageSize);
        await this.Try("", async () => Entries = await log.List(query, ct), Inputs);
    }

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["page"] = nameof(PageNumber), ["module"] = nameof(Module), ["action"] = nameof(Action),
        ["userName"] = nameof(UserName), ["to"] = nameof(To),
    };

    public static string ModuleTitle(IModule module) => module.Title.For(CultureInfo.CurrentUICulture);
}
