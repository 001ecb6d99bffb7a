using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.SignIns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        Users = await UserChoices.VisibleTo(db, reader, ct);
        if (!ModelState.IsValid) return;
        var (fromUtc, toUtc) = ChinaCalendar.DaysInUtc(From, To);
        var query = new ListQuery(UserName?.Trim(), Outcome, Address?.Trim(), fromUtc, toUtc, PageNumber, PageSize);
        await this.Try("", async () => Entries = await log.List(query, ct), Inputs);
    }

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["page"] = nameof(PageNumber), ["outcome"] = nameof(Outcome), ["address"] = nameof(Address),
        ["userName"] = nameof(UserName), ["to"] = nameof(To),
    };
}
