using Federation.Enterprises.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Sessions;

internal static class JointMeasureEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var measures = api.MapGroup("/joint-measures").WithTag("Joint measures", "Measures issued jointly with government departments for enterprises.");
        measures.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesJointMeasuresList", "List joint measures",
                "Pages through the joint measures visible to the caller (filters year, department, organisationId), answering { items, total, page, pageSize }.");
        measures.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesJointMeasuresGet", "Read a joint measure",
                "Answers one joint measure with its current version; 404 when it does not exist or is outside the caller's organisations.");
        measures.MapPost("/", Issue).RequirePermission(EnterprisesModule.Write).Validate<JointMeasureRequest>()
            .Describe("enterprisesJointMeasuresCreate", "Issue a joint measure",
                "Records a new joint measure; the answer is the stored joint measure (201, with its address in Location). Every refused field is named in the problem's errors.");
        measures.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<JointMeasureRequest>()
            .Describe("enterprisesJointMeasuresUpdate", "Correct a joint measure",
                "Replaces the joint measure's details; send the version you read, or get 409 with currentVersion.");
        measures.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesJointMeasuresDelete", "Delete a joint measure",
                "Moves the joint measure to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Department, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<JointMeasureResponse>>> List([AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.JointMeasures.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(m => m.IssuedOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Department)) rows = rows.Where(m => m.PartnerDepartment == query.Department);
        if (query.OrganisationId is not null) rows = rows.Where(m => m.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.IssuedOn).ThenBy(m => m.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<JointMeasureResponse>(items.Select(JointMeasureResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<JointMeasureResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var measure = await db.JointMeasures.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(m => m.Id == id, ct);
        return measure is null ? TypedResults.NotFound() : TypedResults.Ok(JointMeasureResponse.From(measure));
    }

    internal static async Task<Created<JointMeasureResponse>> Issue(
        JointMeasureRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IDepartmentDirectory departments,
        CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var measure = new JointMeasure { Title = "", PartnerDepartment = "" };
        Apply(measure, request);
        measure.OrganisationId = user.OwnerFor(request.OrganisationId);
        measure.PartnerDepartment = (await departments.Checked(measure.OrganisationId, DepartmentKind.Government, request.PartnerDepartment, "partnerDepartment", ct))!;
        db.JointMeasures.Add(measure);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/joint-measures/{measure.Id}", JointMeasureResponse.From(measure));
    }

    internal static async Task<Results<Ok<JointMeasureResponse>, NotFound>> Correct(
        Guid id, JointMeasureRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes,
        IDepartmentDirectory departments, CancellationToken ct)
    {
        var measure = await db.JointMeasures.VisibleTo(user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return TypedResults.NotFound();
        db.ExpectVersion(measure, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var held = measure.PartnerDepartment;
        Apply(measure, request);
        measure.OrganisationId = user.OwnerFor(request.OrganisationId ?? measure.OrganisationId);
        measure.PartnerDepartment = (await departments.Checked(
            measure.OrganisationId, DepartmentKind.Government, request.PartnerDepartment, "partnerDepartment", ct, held))!;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(JointMeasureResponse.From(measure));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var measure = await db.JointMeasures.VisibleTo(user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return TypedResults.NotFound();
        db.ExpectVersion(measure, version);
        db.JointMeasures.Remove(measure);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(JointMeasure measure, JointMeasureRequest request)
    {
        measure.Title = request.Title!.Trim();
        measure.PartnerDepartment = request.PartnerDepartment!.Trim();
        measure.IssuedOn = request.IssuedOn!.Value;
        measure.Items = request.Items!.Select(i => i!.Trim()).ToList();
        measure.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        measure.ProgrammeId = request.ProgrammeId;
    }
}
