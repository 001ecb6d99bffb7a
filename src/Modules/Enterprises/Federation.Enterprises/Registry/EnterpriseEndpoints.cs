using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Timeline;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Geography;

namespace Federation.Enterprises.Registry;

internal static class EnterpriseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises").WithTag("Enterprises", "The registry of overseas-Chinese-funded enterprises every work line links its records to.");
        enterprises.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesList", "List enterprises",
                "Pages through the enterprise registry (filters q — name, former name or credit code — town, industry, status).");
        enterprises.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesGet", "Read an enterprise",
                "Answers one registered enterprise with its contact masked; 404 when it is not visible to the caller.");
        enterprises.MapGet("/{id:guid}/timeline", Timeline).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesTimeline", "Read an enterprise's timeline",
                "Everything every work line recorded about the enterprise (visits, concerns, projects, orders...), newest first.");
        enterprises.MapGet("/{id:guid}/personal-data", ContactPhoneShown.Show).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesShowContact", "Show an enterprise's contact",
                "Answers the unmasked contact phone and writes the showing to the personal-data access log.");
        enterprises.MapPost("/", Register).RequirePermission(EnterprisesModule.Write).Validate<EnterpriseRequest>()
            .Describe("enterprisesCreate", "Register an enterprise",
                "Adds an enterprise to the registry (201); the unified social credit code is checked and must be unique.");
        enterprises.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<EnterpriseRequest>()
            .Describe("enterprisesUpdate", "Correct an enterprise",
                "Replaces the enterprise's details; send the version you read, or get 409 with currentVersion.");
        enterprises.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesDelete", "Delete an enterprise",
                "Moves the enterprise to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(string? Q, string? Town, string? Industry, string? Status, Guid? OrganisationId, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the registry may be sorted by; by name by default.</summary>
    internal static readonly ListSort<Enterprise> Sorts = new ListSort<Enterprise> { DefaultDescending = false }
        .By("name", e => e.Name).By("town", e => e.Town).By("industry", e => e.Industry);

    /// <summary>Searches by name (current or former), credit code, town and industry.</summary>
    internal static async Task<Ok<PagedList<EnterpriseResponse>>> List([AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user,
        IPersonalDataLog log, CancellationToken ct)
    {
        var inFull = user.SeesInFull(ContactPersonalData.Type);
        var (items, total, page, size) = await Rows(query, db, user, ct);
        if (inFull) await ContactPersonalData.Disclosed(log, PersonalDataAction.Viewed, items, ct);
        return TypedResults.Ok(new PagedList<EnterpriseResponse>(items.Select(e => EnterpriseResponse.From(e, inFull)).ToList(), total, page, size));
    }

    /// <summary>The list for a page or an export, the phones masked unless <paramref name="inFull"/>; the caller logs what it shows in full.</summary>
    internal static async Task<PagedList<EnterpriseResponse>> ListAs(ListQuery query, EnterprisesDbContext db, ICurrentUser user, bool inFull, CancellationToken ct)
    {
        var (items, total, page, size) = await Rows(query, db, user, ct);
        var full = inFull && user.SeesInFull(ContactPersonalData.Type);
        return new PagedList<EnterpriseResponse>(items.Select(e => EnterpriseResponse.From(e, full)).ToList(), total, page, size);
    }

    private static async Task<(List<Enterprise> Items, int Total, int Page, int Size)> Rows(ListQuery query, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var status = QueryValues.Enum<EnterpriseStatus>(query.Status, "status");
        var rows = db.Enterprises.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(e => e.Name.Contains(q) || e.CreditCode == q.ToUpper() || e.FormerNames.Any(n => n.Contains(q)));
        }
        if (!string.IsNullOrWhiteSpace(query.Town)) rows = rows.Where(e => e.Town == query.Town);
        if (!string.IsNullOrWhiteSpace(query.Industry)) rows = rows.Where(e => e.Industry.Contains(query.Industry));
        if (status is not null) rows = rows.Where(e => e.Status == status);
        if (query.OrganisationId is not null) rows = rows.Where(e => e.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return (items, total, page, size);
    }

    /// <summary>One enterprise, for the API and the pages alike: a holder of the permission reads the phones in full, and that is logged.</summary>
    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, IPersonalDataLog log, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return TypedResults.NotFound();
        var inFull = InFull(user);
        if (inFull) await ContactPersonalData.Disclosed(log, PersonalDataAction.Viewed, [enterprise], ct);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise, inFull));
    }

    internal sealed record TimelineResponse(EnterpriseResponse Enterprise, IReadOnlyList<TimelineItem> Items);

    internal static async Task<Results<Ok<TimelineResponse>, NotFound>> Timeline(
        Guid id, EnterprisesDbContext db, ICurrentUser user, EnterpriseTimeline timeline, IPersonalDataLog log, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return TypedResults.NotFound();
        var inFull = InFull(user);
        if (inFull) await ContactPersonalData.Disclosed(log, PersonalDataAction.Viewed, [enterprise], ct);
        return TypedResults.Ok(new TimelineResponse(EnterpriseResponse.From(enterprise, inFull), await timeline.For(enterprise, ct)));
    }

    internal static async Task<Created<EnterpriseResponse>> Register(EnterpriseRequest request, EnterprisesDbContext db, ICurrentUser user, IPlaceDirectory places, CancellationToken ct)
    {
        await EnsureCodeFree(db, user, request.CreditCode!, null, ct);
        var enterprise = new Enterprise { Name = request.Name!.Trim(), CreditCode = request.CreditCode!, Town = "", Industry = "" };
        Apply(enterprise, request);
        enterprise.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        enterprise.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Enterprises.Add(enterprise);
        db.Publish(() => new EnterpriseChanged(enterprise.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/enterprises/{enterprise.Id}", EnterpriseResponse.From(enterprise, InFull(user)));
    }

    /// <summary>Corrects or renames; the visits, concerns and assignments that copy its name and town follow.</summary>
    internal static async Task<Results<Ok<EnterpriseResponse>, NotFound>> Correct(
        Guid id, EnterpriseRequest request, EnterprisesDbContext db, ICurrentUser user, IPlaceDirectory places, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return TypedResults.NotFound();
        db.ExpectVersion(enterprise, request.Version);
        await EnsureCodeFree(db, user, request.CreditCode!, id, ct);
        enterprise.Rename(request.Name!.Trim());
        enterprise.CreditCode = request.CreditCode!;
        var stored = enterprise.Contacts;
        Apply(enterprise, request);
        // A reader shown the phones masked who sends them back unchanged keeps the stored ones.
        if (!InFull(user)) enterprise.Contacts = ContactPersonalData.Kept(enterprise.Contacts, stored).ToList();
        enterprise.Town = (await places.Canonical(request.Town, null, ct)).Town!;
        enterprise.OrganisationId = user.OwnerFor(request.OrganisationId ?? enterprise.OrganisationId);
        await EnterpriseCopies.Refresh(db, enterprise, ct);
        db.Publish(() => new EnterpriseChanged(enterprise.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EnterpriseResponse.From(enterprise, InFull(user)));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null) return TypedResults.NotFound();
        db.ExpectVersion(enterprise, version);
        if (await db.Visits.AnyAsync(v => v.EnterpriseId == id, ct) || await db.Concerns.AnyAsync(c => c.EnterpriseId == id, ct)
            || await db.Assignments.AnyAsync(a => a.EnterpriseId == id, ct))
            throw new RuleViolationException("id", EnterpriseText.Get("EnterpriseInUse"));
        db.Enterprises.Remove(enterprise);
        db.Publish(new EnterpriseChanged(enterprise.ToSnapshot() with { Version = enterprise.Version + 1 }, Removed: true));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>A code belongs to one enterprise, whichever organisation registered it; the message names it only to those who may see it.</summary>
    private static async Task EnsureCodeFree(EnterprisesDbContext db, ICurrentUser user, string code, Guid? self, CancellationToken ct)
    {
        var holder = await db.Enterprises.AsNoTracking().Where(e => e.CreditCode == code && e.Id != self)
            .Select(e => new { e.Name, e.OrganisationId }).FirstOrDefaultAsync(ct);
        if (holder is null) return;
        throw new RuleViolationException("creditCode", user.SeesEverything || user.CanAccess(holder.OrganisationId)
            ? EnterpriseText.Format("CreditCodeTaken", holder.Name)
            : EnterpriseText.Get("CreditCodeTakenElsewhere"));
    }

    private static void Apply(Enterprise enterprise, EnterpriseRequest request)
    {
        enterprise.Town = request.Town!.Trim();
        enterprise.Industry = request.Industry!.Trim();
        enterprise.InvestorCountryOrRegion = string.IsNullOrEmpty(request.InvestorCountryOrRegion) ? null : request.InvestorCountryOrRegion;
        enterprise.Contacts = (request.Contacts ?? []).Select(c => new EnterpriseContact(c!.Name!.Trim(), Trimmed(c.Role), Trimmed(c.Phone))).ToList();
        enterprise.Status = request.Status ?? EnterpriseStatus.Operating;
        enterprise.Notes = Trimmed(request.Notes);
    }

    private static bool InFull(ICurrentUser user) => user.SeesInFull(ContactPersonalData.Type);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
