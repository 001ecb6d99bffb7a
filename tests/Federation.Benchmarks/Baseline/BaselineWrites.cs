using System.Diagnostics;
using Federation.Benchmarks.Seeding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// The baseline's writes: the same JSON body the product's POST /api/investment/projects takes,
/// turned into a project row and its stage row with plain INSERTs in one transaction, one writer
/// at a time. No validation, audit, outbox or versions: that is what the product adds.
/// </summary>
internal static class BaselineWrites
{
    public static async Task<Created<Entered>> Insert(ProjectBody body, BaselineStore store, CancellationToken ct)
    {
        var project = await Write(body, store, ct);
        return TypedResults.Created($"/projects/{project.Id}", new Entered(project.Id));
    }

    /// <summary>The same insert, then the project's facts handed to the in-process projection, timed from before the insert.</summary>
    public static async Task<Created<Entered>> InsertAndProject(ProjectBody body, BaselineStore store, BaselineProjection projection, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var project = await Write(body, store, ct);
        projection.Enqueue(project, started);
        return TypedResults.Created($"/projects/{project.Id}", new Entered(project.Id));
    }

    private static async Task<SeedProject> Write(ProjectBody body, BaselineStore store, CancellationToken ct)
    {
        var project = new SeedProject(Guid.CreateVersion7(), body.OrganisationId, body.Name, body.InvestorName, body.InvestorCountryOrRegion,
            body.Industry, (long)(body.AmountYuan * 100m), body.Town, body.StageDate, BrokeGround: false);
        await store.Write(command =>
        {
            command.CommandText = """
                INSERT INTO inv_projects (Id, OrganisationId, Name, InvestorName, InvestorKind, InvestorCountryOrRegion, Industry, AmountFen,
                    Town, Stage, StageDate, RecordedOn, Version, CreatedAtUtc)
                VALUES ($id, $org, $name, $investor, 'Organisation', $country, $industry, $fen, $town, 'Signed', $date, $date, 1, $now);
                INSERT INTO inv_project_stages (Id, ProjectId, Sequence, Stage, Date, RecordedBy, RecordedAtUtc)
                VALUES ($stageId, $id, 1, 'Signed', $date, 'admin', $now);
                """;
            command.Parameters.AddWithValue("$id", StoredValues.Id(project.Id));
            command.Parameters.AddWithValue("$org", StoredValues.Id(project.OrganisationId));
            command.Parameters.AddWithValue("$name", project.Name);
            command.Parameters.AddWithValue("$investor", project.InvestorName);
            command.Parameters.AddWithValue("$country", (object?)project.CountryOrRegion ?? DBNull.Value);
            command.Parameters.AddWithValue("$industry", project.Industry);
            command.Parameters.AddWithValue("$fen", project.AmountFen);
            command.Parameters.AddWithValue("$town", project.Town);
            command.Parameters.AddWithValue("$date", StoredValues.Date(project.SignedOn));
            command.Parameters.AddWithValue("$now", StoredValues.Time(DateTime.UtcNow));
            command.Parameters.AddWithValue("$stageId", StoredValues.Id(Guid.CreateVersion7()));
        }, ct);
        return project;
    }

    /// <summary>The fields of the product's request body the baseline stores; the rest of the body is ignored.</summary>
    internal sealed record ProjectBody(
        string Name, string InvestorName, string? InvestorCountryOrRegion, string Industry, decimal AmountYuan, string Town,
        DateOnly StageDate, Guid OrganisationId);

    internal sealed record Entered(Guid Id);
}
