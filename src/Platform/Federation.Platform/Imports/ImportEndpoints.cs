using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Imports;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Federation.Platform.Resources;

namespace Federation.Platform.Imports;

/// <summary>
/// Ledger imports over HTTP. The file is the request body (Content-Type .xlsx or text/csv, its
/// name in <c>fileName</c>), so a cross-site form cannot post one; the job runs in the background
/// and is polled for progress and its report.
/// </summary>
internal static class ImportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTag("Ledger imports", "Importing ledgers from spreadsheets: templates, dry runs, row reports.");
        imports.MapGet("/ledgers", Ledgers)
            .Describe("importsLedgersList", "List importable ledgers",
                "The ledgers the caller may import, with each column's key, headers in both languages, whether it is required and an example.");
        imports.MapGet("/ledgers/{name}/template", Template)
            .Describe("importsLedgerTemplate", "Download a ledger template",
                "The .xlsx template of the ledger, with its headers and an example row.");
        imports.MapPost("/ledgers/{name}/files", Upload).Accepts<IFormFile>(ListWorkbook.ContentType, "text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(256L * 1024 * 1024))
            .Describe("importsUpload", "Upload a ledger file",
                "Takes an .xlsx or .csv file as the body and queues its import in the given mode (dryRun, eachRow, allOrNothing); answers 202 with the job.");
        imports.MapGet("/", Recent)
            .Describe("importsList", "List my recent imports",
                "The caller's own import jobs, newest first.");
        imports.MapGet("/{id:guid}", Get)
            .Describe("importsGet", "Read an import job",
                "The job's state and counts (rows, added, updated, unchanged, refused) while it runs and after.");
        imports.MapGet("/{id:guid}/rows", Rows)
            .Describe("importsRows", "Read an import's row report",
                "Each row's outcome and the problems of a refused row, by column, a page at a time.");
        imports.MapPost("/{id:guid}/confirm", Confirm)
            .Describe("importsConfirm", "Import a checked file",
                "Imports the file a finished dry run checked, each row on its own or all or nothing.");
    }

    internal sealed record LedgerResponse(string Name, string Title, IReadOnlyList<ColumnResponse> Columns);

    internal sealed record ColumnResponse(string Key, string Header, string HeaderZh, string HeaderEn, bool Required, string Example);

    internal sealed record ConfirmRequest(ImportMode? Mode);

    private static Ok<IEnumerable<LedgerResponse>> Ledgers(ImportJobs jobs) =>
        TypedResults.Ok(jobs.Importable().Select(l => new LedgerResponse(l.Name, l.Title.For(CultureInfo.CurrentUICulture),
            l.Columns.Select(c => new ColumnResponse(c.Key, c.Header.For(CultureInfo.CurrentUICulture), c.Header.Zh, c.Header.En, c.Required, c.Example)).ToList())));

    private static async Task<FileContentHttpResult> Template(string name, ImportJobs jobs, CancellationToken ct)
    {
        var file = await ImportTemplate.File(jobs.Ledger(name), ct);
        return TypedResults.File(file.FileContents, file.ContentType, file.FileDownloadName);
    }

    private static async Task<Accepted<ImportJobResponse>> Upload(
        string name, string? fileName, string? mode, HttpRequest request, ImportJobs jobs, CancellationToken ct)
    {
        var chosen = QueryValues.Enum<ImportMode>(mode, "mode") ?? ImportMode.DryRun;
        var job = await jobs.Start(name, fileName, request.Body, chosen, ct);
        return TypedResults.Accepted($"/api/imports/{job.Id}", jobs.Describe(job));
    }

    private static async Task<Ok<IEnumerable<ImportJobResponse>>> Recent(ImportJobs jobs, CancellationToken ct) =>
        TypedResults.Ok((await jobs.Recent(ct)).Select(jobs.Describe));

    private static async Task<Results<Ok<ImportJobResponse>, NotFound>> Get(Guid id, ImportJobs jobs, CancellationToken ct) =>
        await jobs.Own(id, ct) is { } job ? TypedResults.Ok(jobs.Describe(job)) : TypedResults.NotFound();

    private static async Task<Results<Ok<PagedList<ImportRowResponse>>, NotFound>> Rows(
        Guid id, bool? refusedOnly, int? page, int? pageSize, ImportJobs jobs, CancellationToken ct) =>
        await jobs.Own(id, ct) is { } job
            ? TypedResults.Ok(await jobs.Rows(job, refusedOnly == true, page, pageSize, ct))
            : TypedResults.NotFound();

    private static async Task<Accepted<ImportJobResponse>> Confirm(Guid id, ConfirmRequest? request, ImportJobs jobs, CancellationToken ct)
    {
        var mode = request?.Mode ?? throw new RequestRejectedException("mode", PlatformText.Get("Import.ConfirmMode"));
        var job = await jobs.Confirm(id, mode, ct);
        return TypedResults.Accepted($"/api/imports/{job.Id}", jobs.Describe(job));
    }
}
