using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Kernel.Web;

/// <summary>
/// A module's list page: filters bound from the query string (the derived page's properties), one
/// page of rows drawn with the shell's _Pager, and every row the filters select exported as a
/// workbook through _ExportLink (the <c>Export</c> handler). A filter that does not bind, or that the
/// list refuses, shows the page with its message and a 400, never a workbook of everything.
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

    /// <summary>The page shown, from the query string's <c>page</c>; Razor Pages keeps the name "page" for the page's path.</summary>
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

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

    /// <summary>Shows one page of the rows the filters select.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await Prepare(ct);
        if (!await this.Try("", async () => Rows = await Read(PageNumber, RowsPerPage, ct)))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Every row the filters select (not one page), as a workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = new List<TRow>();
        if (!ModelState.IsValid || !await this.Try("", async () => rows = await ListWorkbook.AllPages<TRow>(async (page, size) =>
            {
                var list = await Read(page, size, ct);
                return (list.Items, list.Total);
            })))
            return await this.ShownAsRefused(() => OnGetAsync(ct));
        var organisations = (await directory.VisibleTo(CurrentUser, ct)).ToDictionary(o => o.Id, o => o.For(CultureInfo.CurrentUICulture));
        await PrepareExport(rows, ct);
        return await ListWorkbook.File(ExportName, ExportColumns(organisations), rows, ct);
    }
}
