using Federation.Kernel.Http;
using Federation.Scorecard.Report;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Federation.Scorecard.Figures;

/// <summary>A year, a quarter (<c>?quarter=2</c>) or any range of days (<c>?from=&amp;to=</c>), as figures or as a workbook.</summary>
internal static class ScorecardEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/{year:int}", Year).WithTag("Scorecard", "The work lines' KPIs over a period, their breakdowns, the stage funnel, workbooks and the annual report.").RequirePermission(ScorecardModule.Read)
            .Describe("scorecardYear", "Read a year's scorecard",
                "The KPIs of a year, or of one quarter (?quarter=), with their breakdowns by month, town, country or region, work line, organisation and programme, and the programmes' targets.");
        api.MapGet("/", Range).WithTags("Scorecard").RequirePermission(ScorecardModule.Read)
            .Describe("scorecardRange", "Read the scorecard of a date range",
                "The same scorecard over any range of up to ten years (?from=&to=), for an organisation and optionally its branches.");
        api.MapGet("/years/{year:int}/export.xlsx", ExportYear).WithTags("Scorecard").RequirePermission(ScorecardModule.Read).AnswersFile(Xlsx)
            .Describe("scorecardYearWorkbook", "Download a year's scorecard workbook",
                "The year's scorecard as an .xlsx workbook with a sheet per breakdown.");
        api.MapGet("/export.xlsx", ExportRange).WithTags("Scorecard").RequirePermission(ScorecardModule.Read).AnswersFile(Xlsx)
            .Describe("scorecardRangeWorkbook", "Download a date range's scorecard workbook",
                "The scorecard of a date range as an .xlsx workbook with a sheet per breakdown.");
        api.MapGet("/years/{year:int}/report.docx", ReportDocx).WithTags("Scorecard").RequirePermission(ScorecardModule.Read).AnswersFile(Docx)
            .Describe("scorecardYearReport", "Download the annual report",
                "The year's report as a .docx document: each work line's paragraph with its figures filled in.");
    }

    internal sealed record Scope(Guid? OrganisationId, bool? IncludeBranches);

    internal static async Task<Ok<ScorecardFigures>> Year(
        int year, int? quarter, [AsParameters] Scope scope, ScorecardQuery query, CancellationToken ct) =>
        TypedResults.Ok(await query.Read(Period.Of(year, quarter), scope.OrganisationId, scope.IncludeBranches ?? true, ct));

    internal static async Task<Ok<ScorecardFigures>> Range(
        DateOnly? from, DateOnly? to, [AsParameters] Scope scope, ScorecardQuery query, CancellationToken ct) =>
        TypedResults.Ok(await query.Read(Period.Between(from, to), scope.OrganisationId, scope.IncludeBranches ?? true, ct));

    private static async Task<FileContentHttpResult> ExportYear(
        int year, int? quarter, [AsParameters] Scope scope, ScorecardQuery query, ScorecardWorkbook workbook, CancellationToken ct)
    {
        var figures = await query.Read(Period.Of(year, quarter), scope.OrganisationId, scope.IncludeBranches ?? true, ct);
        var name = quarter is null ? $"scorecard-{year}.xlsx" : $"scorecard-{year}-q{quarter}.xlsx";
        return TypedResults.File(await workbook.Write(figures, ct), Xlsx, name);
    }

    private static async Task<FileContentHttpResult> ExportRange(
        DateOnly? from, DateOnly? to, [AsParameters] Scope scope, ScorecardQuery query, ScorecardWorkbook workbook, CancellationToken ct)
    {
        var period = Period.Between(from, to);
        var figures = await query.Read(period, scope.OrganisationId, scope.IncludeBranches ?? true, ct);
        return TypedResults.File(await workbook.Write(figures, ct), Xlsx, $"scorecard-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.xlsx");
    }

    /// <summary>The year's generated report as a Word document; <c>?organisationId=</c> writes a branch's own.</summary>
    private static async Task<FileContentHttpResult> ReportDocx(
        int year, Guid? organisationId, AnnualReportWriter writer, ReportDocument document, CancellationToken ct)
    {
        QueryValues.Year(year);
        var report = await writer.Write(year, organisationId, ct);
        return TypedResults.File(document.Write(report), Docx, $"report-{year}.docx");
    }
}
