using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Kernel.Web;

/// <summary>
/// A module's list page: filters bound from the query string (the derived page's properties), one
/// page of rows drawn with the shell's _Pager, and every row the filters select exported as a
/// workbook through _ExportLink (the <c>Export</c> handler). A filter that does not bind, or that the
/// list refuses, shows the page with its message and a 400, never a workbook of everything.
/// Every list also gets, from here and the shell's partials: a sort by the columns the page names in
/// <see cref="SortKeys"/> (another key is ignored), saved filters per user (_ListTools), a column
/// chooser, and the selected rows exported (<c>ExportSelected</c>) or changed in bulk (<c>Bulk</c>)
/// through the module's own use case (<see cref="ApplyBulk"/>).
/// </summary>
/// <typeparam name="TRow">One row of the list, as its list endpoint answers it.</typeparam>
/// <param name="directory">Names the organisations in an owner column of the workbook.</param>
/// <param name="user">Who reads the list, and so whose organisations the workbook names.</param>
public abstract class ListPageModel<TRow>(IOrganisationDirectory directory, ICurrentUser user) : PageModel
{
    /// <summary>How many rows one page shows.</summary>
    public const int RowsPerPage = 50;

    /// <summary>
    /// Who reads the list, for the derived page's use cases and permission checks: a derived page's
    /// primary-constructor parameter passed to this base cannot be kept by the derived page too (CS9107).
    /// </summary>
    protected ICurrentUser CurrentUser { get; } = user;

    /// <summary>The reader's id, for what their browser remembers of this list (the columns they hid).</summary>
    public Guid? UserId => CurrentUser.UserId;

    /// <summary>The page shown, from the query string's <c>page</c>; Razor Pages keeps the name "page" for the page's path.</summary>
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    /// <summary>
    /// The column the rows are sorted by, e.g. "-amount" (descending); only a key in <see cref="SortKeys"/> reaches
    /// the use case, so a link typed wrong shows the default order rather than an error.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The sort keys the list's use case accepts; none when it keeps one order.</summary>
    protected virtual IReadOnlyCollection<string> SortKeys => [];

    /// <summary>The rows ticked on the page, for an export of the selection or a bulk change.</summary>
    [BindProperty(Name = "selected")]
    public List<Guid> Selected { get; set; } = [];

    /// <summary>What the last bulk change did, shown once above the list.</summary>
    [TempData]
    public string? BulkMessage { get; set; }

    /// <summary>The personal data the list's rows carry (ADR 0030); null when they carry none.</summary>
    protected virtual PersonalRecordType? PersonalData => null;

    /// <summary>Whose personal data a row carries, for the access log of a full export.</summary>
    protected virtual PersonalDataSubject? SubjectOf(TRow row) => null;

    /// <summary>Why the reader exports the personal data in full; without one the workbook has it masked.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ExportReason { get; set; }

    /// <summary>Whether the page offers the reader an export with the personal data in full (they hold its permission).</summary>
    public bool OffersFullExport => PersonalData is { } type && CurrentUser.SeesInFull(type);

    /// <summary>True while a full export with a reason reads its rows: <see cref="Read"/> answers them in full; otherwise masked.</summary>
    protected bool ExportsInFull { get; private set; }

    /// <summary>The rows of the page shown, with the total over all pages.</summary>
    public PagedList<TRow> Rows { get; private set; } = new([], 0, 1, RowsPerPage);

    /// <summary>
    /// Reads page <paramref name="page"/> (null: the first) of <paramref name="size"/> rows as the filters select them, through the
    /// list's own use case; a figure the use case answers besides the rows (a total of every match) is kept here in the derived page.
    /// </summary>
    protected abstract Task<PagedList<TRow>> Read(int? page, int size, CancellationToken ct);

    /// <summary>What the page needs besides its rows (a picker's choices); loaded before them.</summary>
    protected virtual Task Prepare(CancellationToken ct) => Task.CompletedTask;

    /// <summary>What the workbook needs besides the rows (the names behind the ids in <paramref name="rows"/>); loaded after them.</summary>
    protected virtual Task PrepareExport(IReadOnlyList<TRow> rows, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The workbook's name in the reader's language, e.g. the list's title.</summary>
    protected abstract string ExportName { get; }

    /// <summary>The workbook's columns; <paramref name="organisations"/> names, by id, each organisation the reader may see.</summary>
    protected abstract IEnumerable<ExportColumn<TRow>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations);

    /// <summary>The id of a row, for selecting it; null (the default) when the list offers no selection.</summary>
    public virtual Guid? RowId(TRow row) => null;

    /// <summary>The permission a bulk change needs besides reading the list (the module's write permission).</summary>
    protected virtual string? BulkPermission => null;

    /// <summary>Which bulk changes the list offers the reader ("assign", "tag"); none by default.</summary>
    public virtual IReadOnlyCollection<string> BulkActions => [];

    /// <summary>
    /// Applies a bulk change through the module's use case (the same one its bulk endpoint calls), to every
    /// selected row or, when one cannot be changed, to none; answers how many rows changed.
    /// </summary>
    protected virtual Task<BulkChangeResult> ApplyBulk(BulkChange change, CancellationToken ct) =>
        throw new RequestRejectedException("action", Resources.Text.Get("Bulk.Action"));

    /// <summary>Shows one page of the rows the filters select.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Sort is { } sort && !SortKeys.Contains(sort.TrimStart('-', '+'))) Sort = null;
        await Prepare(ct);
        if (!await this.Try("", async () => Rows = await Read(PageNumber, RowsPerPage, ct)))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every row the filters select (not one page), as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (await FullExportRefused(ct) is { } refused) return refused;
        var rows = new List<TRow>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<TRow>(async (page, size) =>
            {
                var list = await Read(page, size, ct);
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var organisations = (await directory.VisibleTo(CurrentUser, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        await PrepareExport(rows, ct);
        await LogFullExport(rows, ct);
        return await ListWorkbook.File(ExportName, ExportColumns(organisations), rows, ct);
    }

    /// <summary>The rows ticked on the page (of those the filters select), as a workbook.</summary>
    public async Task<IActionResult> OnPostExportSelectedAsync(CancellationToken ct)
    {
        if (Selected.Count == 0) return await Refused("selected", Resources.Text.Get("Bulk.Ids"), ct);
        if (await FullExportRefused(ct) is { } refused) return refused;
        if (Sort is { } sort && !SortKeys.Contains(sort.TrimStart('-', '+'))) Sort = null;
        var chosen = Selected.ToHashSet();
        var rows = new List<TRow>();
        if (!await this.Try("", async () => rows = (await ListWorkbook.AllPages<TRow>(async (page, size) =>
            {
                var list = await Read(page, size, ct);
                return (list.Items, list.Total);
            })).Where(r => RowId(r) is { } id && chosen.Contains(id)).ToList()))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var organisations = (await directory.VisibleTo(CurrentUser, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        await PrepareExport(rows, ct);
        await LogFullExport(rows, ct);
        return await ListWorkbook.File(ExportName, ExportColumns(organisations), rows, ct);
    }

    /// <summary>
    /// A reason asks for the personal data in full: refused (the page with the message, 400) when the
    /// reader lacks the permission or the reason is too long; otherwise the rows are read in full.
    /// </summary>
    private async Task<IActionResult?> FullExportRefused(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ExportReason)) return null;
        if (!OffersFullExport) return await Refused("exportReason", Resources.Text.Get("PersonalData.NotAllowed"), ct);
        if (ExportReason.Trim().Length > 500) return await Refused("exportReason", Resources.Text.Get("PersonalData.ReasonTooLong"), ct);
        ExportsInFull = true;
        return null;
    }

    private async Task LogFullExport(IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        if (!ExportsInFull || PersonalData is not { } type) return;
        var log = HttpContext.RequestServices.GetRequiredService<IPersonalDataLog>();
        await log.Record(type, PersonalDataAction.Exported, rows.Select(SubjectOf).OfType<PersonalDataSubject>().ToList(),
            type.Fields.Select(f => f.Name).ToList(), ExportReason!.Trim(), ct);
    }

    /// <summary>Assigns or tags the ticked rows, all or none, and shows the list again with what was done.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? action, string? assignee, Guid? programmeId, CancellationToken ct)
    {
        if (BulkPermission is { } permission && this.Lacks(CurrentUser, permission) is { } denied) return denied;
        if (!BulkActions.Contains(action ?? "")) return await Refused("action", Resources.Text.Get("Bulk.Action"), ct);
        var change = new BulkChange(Selected, action, assignee?.Trim(), programmeId);
        var check = new BulkChangeValidator().Validate(change);
        if (!check.IsValid) return await Refused(check.Errors[0].PropertyName, check.Errors[0].ErrorMessage, ct);
        BulkChangeResult? result = null;
        if (!await this.Try("", async () => result = await ApplyBulk(change, ct)))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        BulkMessage = Display.Counted(Resources.Text.Get("Bulk.Done." + result!.Action), result.Changed);
        return Redirect(Back);
    }

    /// <summary>Saves the filters in the address under a name for the signed-in user.</summary>
    public Task<IActionResult> OnPostSaveFilterAsync([FromServices] ISavedFilters saved, string? filterName, CancellationToken ct) =>
        this.SaveFilter(saved, filterName, () => OnGetAsync(ct), ct);

    /// <summary>Removes one of the signed-in user's saved filters.</summary>
    public Task<IActionResult> OnPostDeleteFilterAsync([FromServices] ISavedFilters saved, Guid filterId, CancellationToken ct) =>
        this.DeleteFilter(saved, filterId, ct);

    /// <summary>The filters of a query string as a saved filter keeps them: without the page number or a handler.</summary>
    public static string SavedQuery(string? queryString) => string.Join('&',
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString ?? "")
            .Where(q => q.Key is not ("page" or "handler"))
            .SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v!)}")));

    /// <summary>The list as it was shown, after a change posted from it.</summary>
    private string Back => SavedFilterForms.Back(this);

    private async Task<IActionResult> Refused(string field, string message, CancellationToken ct)
    {
        ModelState.AddModelError(field, message);
        return await this.ShownAsRefused(() => OnGetAsync(ct));
    }
}
