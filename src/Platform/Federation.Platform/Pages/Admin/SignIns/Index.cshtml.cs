using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Platform.Data;
using Federation.Platform.SignIns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.SignIns.SignInLogQuery;

namespace Federation.Platform.Pages.Admin.SignIns;

/// <summary>The sign-in log for admins, in the same scope and with the same filters as its API.</summary>
[RequirePermission(PlatformModule.Audit)]
internal sealed class IndexModel(SignInLogQuery log, PlatformDbContext db, ICurrentUser reader,
    Microsoft.Extensions.Options.IOptions<SignInLogOptions> options) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Address { get; set; }

    /// <summary>The first and last day of the range, in China time.</summary>
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<SignInResponse> Entries { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<(string UserName, string Label)> Users { get; private set; } = [];
    public int RetentionDays => options.Value.RetentionDays;
    public static IReadOnlyList<SignInOutcome> Outcomes => Enum.GetValues<SignInOutcome>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var users = db.Users.AsNoTracking();
        if (!reader.SeesEverything)
        {
            var visible = reader.VisibleOrganisationIds.ToList();
            users = users.Where(u => visible.Contains(u.OrganisationId));
        }
        Users = (await users.OrderBy(u => u.UserName).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.UserName, $"{u.DisplayName}（{u.UserName}）")).ToList();
        if (!ModelState.IsValid) return;
        var query = new ListQuery(UserName?.Trim(), Outcome, Address?.Trim(),
            From is { } from ? StartOfChinaDay(from) : null,
            To is { } to ? StartOfChinaDay(to.AddDays(1)).AddTicks(-1) : null, PageNumber, PageSize);
        await this.Try("", async () => Entries = await log.List(query, ct), Inputs);
    }

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["page"] = nameof(PageNumber), ["outcome"] = nameof(Outcome), ["address"] = nameof(Address),
        ["userName"] = nameof(UserName), ["to"] = nameof(To),
    };

    private static DateTime StartOfChinaDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ChinaCalendar.Zone);
}
