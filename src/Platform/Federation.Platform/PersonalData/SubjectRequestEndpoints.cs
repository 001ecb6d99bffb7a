using System.Text.Json;
using Federation.Kernel.Http;
using Federation.Kernel.Messaging;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;
using static Federation.Platform.PersonalData.PersonalDataLogQuery;

namespace Federation.Platform.PersonalData;

/// <summary>
/// A person's PIPL requests for admins holding <c>platform.personal-data-requests</c> (ADR 0032):
/// look the person up, download their data, erase it, and review the erasure register.
/// </summary>
internal static class SubjectRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var requests = admin.MapGroup("/personal-data").WithTag("Administration: personal-data requests", "A person's requests to see or erase the personal data held about them.");
        requests.MapGet("/people", Find).RequirePermission(PlatformModule.PersonalDataRequests)
            .Describe("adminPersonalDataFindPeople", "Find a person's records",
                "Every record in every work line that holds personal data of the person named, for a request to see or erase it.");
        requests.MapPost("/exports", Export).RequirePermission(PlatformModule.PersonalDataRequests).Validate<ExportRequest>()
            .AnswersFile(Federation.Kernel.Web.ListWorkbook.ContentType, "application/json")
            .Describe("adminPersonalDataExport", "Export a person's data",
                "A workbook of everything held about the person, for a subject access request; the export is logged with its reason.");
        requests.MapPost("/erasures", Erase).RequirePermission(PlatformModule.PersonalDataRequests).Validate<ErasureRequest>()
            .Describe("adminPersonalDataErase", "Erase a person's data",
                "Redacts the person's personal fields in every record found, keeps the figures, and registers the erasure.");
        requests.MapGet("/erasures", Register).RequirePermission(PlatformModule.PersonalDataRequests)
            .Describe("adminPersonalDataErasuresList", "List the erasure register",
                "The erasures done, to repeat after restoring an older backup.");
    }

    /// <param name="Q">A name, phone number or e-mail address, or part of one (2 to 100 characters).</param>
    internal sealed record FindQuery(string? Q);

    /// <param name="Page">From 1.</param>
    /// <param name="PageSize">1 to 200; 50 when left out.</param>
    internal sealed record RegisterQuery(int? Page, int? PageSize);

    private static async Task<Ok<IReadOnlyList<PersonResponse>>> Find([AsParameters] FindQuery query, SubjectRequests requests, CancellationToken ct) =>
        TypedResults.Ok(await requests.Find(query.Q, ct));

    private static async Task<FileContentHttpResult> Export(ExportRequest request, SubjectRequests requests, CancellationToken ct) =>
        await Download(request, await requests.Export(request, ct), ct);

    /// <summary>The export as the file the request asked for; the page downloads the same file.</summary>
    internal static async Task<FileContentHttpResult> Download(ExportRequest request, ExportResponse export, CancellationToken ct)
    {
        var name = $"personal-data-{export.ExportedAtUtc:yyyyMMddHHmmss}";
        if (request.Format == "xlsx") return TypedResults.File(await Workbook(export, ct), ListWorkbook.ContentType, name + ".xlsx");
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, Readable), "application/json", name + ".json");
    }

    private static async Task<Ok<ErasureResponse>> Erase(ErasureRequest request, SubjectRequests requests, CancellationToken ct) =>
        TypedResults.Ok(await requests.Erase(request, ct));

    private static async Task<Ok<PagedList<AccessResponse>>> Register([AsParameters] RegisterQuery query, PersonalDataLogQuery log, CancellationToken ct) =>
        TypedResults.Ok(await log.List(new ListQuery(null, null, null, nameof(Kernel.PersonalData.PersonalDataAction.Erased), null, null, query.Page, query.PageSize), ct));

    private static readonly JsonSerializerOptions Readable = new(EventJson.Options) { WriteIndented = true };

    // One row per fact, in the reader's language; values are written as values, never formulas.
    private static async Task<byte[]> Workbook(ExportResponse export, CancellationToken ct)
    {
        var zh = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        var rows = export.People.SelectMany(p => p.Facts.Select(f => new Dictionary<string, object?>
        {
            [zh ? "工作条线" : "Work line"] = p.Person.ModuleTitle,
            [zh ? "记录类型" : "Record type"] = p.Person.RecordTypeTitle,
            [zh ? "人员" : "Person"] = p.Person.Name,
            [zh ? "项目" : "Item"] = f.Title,
            [zh ? "内容" : "Value"] = f.Value,
            [zh ? "个人信息" : "Personal"] = f.Personal ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
        })).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: zh ? "个人信息" : "Personal data", cancellationToken: ct);
        return stream.ToArray();
    }
}
