using Federation.Kernel.Http;
using Federation.Kernel.Web;
using Federation.Platform.PersonalData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Federation.Platform.PersonalData.PersonalDataLogQuery;

namespace Federation.Platform.Pages.Admin.PersonalDataRequests;

/// <summary>个人信息请求: find a person across the work lines, export their data, erase it, and the erasure register; the API's use cases behind a page.</summary>
[RequirePermission(PlatformModule.PersonalDataRequests)]
internal sealed class IndexModel(SubjectRequests requests, PersonalDataLogQuery log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Format { get; set; }
    [BindProperty] public List<string?> Records { get; set; } = [];
    [BindProperty] public string? Record { get; set; }

    public IReadOnlyList<PersonResponse>? Found { get; private set; }
    public PagedList<AccessResponse> Register { get; private set; } = new([], 0, 1, 50);

    /// <summary>The erasure just done, for the message at the top.</summary>
    public ErasureResponse? Erased { get; private set; }
    public string? ErasedName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await Show(ct);

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var request = new ExportRequest(Records, Reason, Format);
        ExportResponse? export = null;
        if (await this.Validate(request, "", Inputs) && await this.Try("", async () => export = await requests.Export(request, ct), Inputs))
        {
            var result = await SubjectRequestEndpoints.Download(request, export!, ct);
            return File(result.FileContents.ToArray(), result.ContentType, result.FileDownloadName);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await Show(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(string? name, CancellationToken ct)
    {
        // The page's button asks first (data-confirm), naming what happens; the API asks for confirm: true.
        var request = new ErasureRequest(Record, Reason, Confirm: true);
        if (await this.Validate(request, "", Inputs) && await this.Try("", async () => Erased = await requests.Erase(request, ct), Inputs))
            ErasedName = name;
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        await Show(ct);
        return Page();
    }

    private async Task Show(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q)) await this.Try("", async () => Found = await requests.Find(Q, ct), Inputs);
        Register = await log.List(new ListQuery(null, null, null, nameof(Kernel.PersonalData.PersonalDataAction.Erased), null, null, 1, 50), ct);
    }

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["q"] = nameof(Q), ["reason"] = nameof(Reason), ["records"] = "", ["record"] = "", ["format"] = nameof(Format), ["confirm"] = "",
    };
}
