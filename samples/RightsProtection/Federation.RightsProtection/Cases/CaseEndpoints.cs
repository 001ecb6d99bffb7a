using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.RightsProtection.Data;
using Federation.RightsProtection.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Cases;

/// <summary>The cases' use cases, under /api/rights/cases; the pages call the same methods.</summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTag("Rights cases", "Cases of returned overseas Chinese and their relatives asking for their rights to be protected.");
        cases.MapGet("/", List).RequirePermission(RightsProtectionModule.Read)
            .Describe("rightsCasesList", "List rights cases",
                "Pages through the rights cases visible to the caller (filters status, category, complainantKind, town, enterpriseId, year, q), answering { items, total, page, pageSize }.");
        cases.MapGet("/{id:guid}", Get).RequirePermission(RightsProtectionModule.Read)
            .Describe("rightsCasesGet", "Read a rights case",
                "Answers one rights case with its current version; 404 when it does not exist or is outside the caller's organisations.");
        cases.MapGet("/{id:guid}/personal-data", Show).RequirePermission(RightsProtectionModule.Read)
            .Describe("rightsCasesShowContact", "Show a complainant's contact",
                "Answers the complainant's unmasked contact and writes the showing to the personal-data access log.");
        cases.MapPost("/", Receive).RequirePermission(RightsProtectionModule.Write).Validate<CaseRequest>()
            .Describe("rightsCasesCreate", "Receive a rights case",
                "Records a new rights case; the answer is the stored rights case (201, with its address in Location). Every refused field is named in the problem's errors.");
        cases.MapPut("/{id:guid}", Correct).RequirePermission(RightsProtectionModule.Write).Validate<CaseRequest>()
            .Describe("rightsCasesUpdate", "Correct a rights case",
                "Replaces the rights case's details; send the version you read, or get 409 with currentVersion.");
        cases.MapPost("/{id:guid}/status", Move).RequirePermission(RightsProtectionModule.Write).Validate<CaseStatusRequest>()
            .Describe("rightsCasesMove", "Change a case's status",
                "Moves the case to its next status; send the version you read.");
        cases.MapDelete("/{id:guid}", Remove).RequirePermission(RightsProtectionModule.Write)
            .Describe("rightsCasesDelete", "Delete a rights case",
                "Moves the rights case to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(
        string? Status, string? Category, string? ComplainantKind, string? Town, Guid? EnterpriseId, int? Year, string? Q,
        Guid? OrganisationId, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the cases may be sorted by; the latest first by default.</summary>
    internal static readonly ListSort<RightsCase> Sorts = new ListSort<RightsCase>()
        .By("receivedOn", c => c.ReceivedOn).By("complainant", c => c.ComplainantName).By("town", c => c.Town);

    internal static async Task<Ok<PagedList<CaseResponse>>> List([AsParameters] ListQuery query, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var status = QueryValues.Enum<CaseStatus>(query.Status, "status");
        var category = QueryValues.Enum<CaseCategory>(query.Category, "category");
        var kind = QueryValues.Enum<ComplainantKind>(query.ComplainantKind, "complainantKind");
        var year = QueryValues.Year(query.Year);
        var rows = db.Cases.AsNoTracking().VisibleTo(user);
        if (status is not null) rows = rows.Where(c => c.Status == status);
        if (category is not null) rows = rows.Where(c => c.Category == category);
        if (kind is not null) rows = rows.Where(c => c.ComplainantKind == kind);
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(c => c.Town == query.Town);
        if (query.EnterpriseId is not null) rows = rows.Where(c => c.EnterpriseId == query.EnterpriseId);
        if (year is not null) rows = rows.Where(c => c.ReceivedOn.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Q))
            rows = rows.Where(c => c.ComplainantName.Contains(query.Q) || c.Matter.Contains(query.Q) || (c.EnterpriseName != null && c.EnterpriseName.Contains(query.Q)));
        if (query.OrganisationId is not null) rows = rows.Where(c => c.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<CaseResponse>(items.Select(c => CaseResponse.From(c, false)).ToList(), total, page, size));
    }

    /// <summary>One case: a holder of the permission reads the contact in full, and that is logged.</summary>
    internal static async Task<Results<Ok<CaseResponse>, NotFound>> Get(Guid id, RightsDbContext db, ICurrentUser user, IPersonalDataLog log, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return TypedResults.NotFound();
        var inFull = user.SeesInFull(CasePersonalData.Type);
        if (inFull) await CasePersonalData.Disclosed(log, PersonalDataAction.Viewed, found, ct);
        return TypedResults.Ok(CaseResponse.From(found, inFull));
    }

    /// <summary>The explicit "show" action: the complainant's contact in full for a reader of the case, logged.</summary>
    internal static async Task<Results<Ok<ShownValue>, NotFound>> Show(Guid id, string? field, RightsDbContext db, ICurrentUser user,
        IPersonalDataLog log, CancellationToken ct)
    {
        var asked = CasePersonalData.Type.FieldAsked(field);
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return TypedResults.NotFound();
        await CasePersonalData.Disclosed(log, PersonalDataAction.Shown, found, ct);
        return TypedResults.Ok(new ShownValue(asked.Name, found.Contact));
    }

    internal static async Task<Created<CaseResponse>> Receive(CaseRequest request, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rightsCase = new RightsCase { ComplainantName = "", Matter = "", Town = "" };
        await Apply(db, user, rightsCase, request, ct);
        rightsCase.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Cases.Add(rightsCase);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/rights/cases/{rightsCase.Id}", CaseResponse.From(rightsCase, user.SeesInFull(CasePersonalData.Type)));
    }

    /// <summary>Corrects what was recorded; the steps move only by <see cref="Move"/>.</summary>
    internal static async Task<Results<Ok<CaseResponse>, NotFound>> Correct(
        Guid id, CaseRequest request, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rightsCase = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (rightsCase is null) return TypedResults.NotFound();
        db.ExpectVersion(rightsCase, request.Version);
        var firstStep = rightsCase.AcceptedOn ?? rightsCase.SettledOn;
        if (firstStep < request.ReceivedOn)
            throw new RequestRejectedException("receivedOn", RightsText.Get("ReceivedAfterSteps"));
        await Apply(db, user, rightsCase, request, ct);
        rightsCase.OrganisationId = user.OwnerFor(request.OrganisationId ?? rightsCase.OrganisationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CaseResponse.From(rightsCase, user.SeesInFull(CasePersonalData.Type)));
    }

    internal static async Task<Results<Ok<CaseResponse>, NotFound>> Move(
        Guid id, CaseStatusRequest request, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rightsCase = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (rightsCase is null) return TypedResults.NotFound();
        db.ExpectVersion(rightsCase, request.Version!.Value);
        rightsCase.MoveTo(request.Status!.Value, request.On!.Value, Trimmed(request.ReferredTo), Trimmed(request.Outcome));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CaseResponse.From(rightsCase, user.SeesInFull(CasePersonalData.Type)));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rightsCase = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (rightsCase is null) return TypedResults.NotFound();
        db.ExpectVersion(rightsCase, version);
        db.Cases.Remove(rightsCase);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task Apply(RightsDbContext db, ICurrentUser user, RightsCase rightsCase, CaseRequest request, CancellationToken ct)
    {
        if (request.EnterpriseId is { } enterpriseId)
        {
            var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId && !e.Removed, ct);
            if (enterprise is null || !user.CanAccess(enterprise.OrganisationId))
                throw new RequestRejectedException("enterpriseId", RightsText.Get("NoSuchEnterprise"));
            rightsCase.Concerns(enterprise);
        }
        else rightsCase.Concerns(null);
        rightsCase.ComplainantName = request.ComplainantName!.Trim();
        rightsCase.ComplainantKind = request.ComplainantKind!.Value;
        // A reader shown the contact masked who sends the mask back keeps the stored contact.
        var contact = user.SeesInFull(CasePersonalData.Type) ? Trimmed(request.Contact)
            : PersonalDataMask.Kept(Trimmed(request.Contact), rightsCase.Contact, CasePersonalData.Shown(rightsCase, false));
        rightsCase.Reachable(contact, request.ContactConsent == true);
        rightsCase.Category = request.Category!.Value;
        rightsCase.Matter = request.Matter!.Trim();
        rightsCase.Town = request.Town!.Trim();
        rightsCase.ReceivedOn = request.ReceivedOn!.Value;
        rightsCase.Notes = Trimmed(request.Notes);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
