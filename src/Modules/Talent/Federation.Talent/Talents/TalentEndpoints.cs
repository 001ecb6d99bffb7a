using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Letters;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Talents;

internal static class TalentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var talents = api.MapGroup("/talents").WithTag("Talents", "Overseas talents the federation is in contact with, and their recruitment status.");
        talents.MapGet("/", List).RequirePermission(TalentModule.Read)
            .Describe("talentTalentsList", "List talents",
                "Pages through the talents visible to the caller (filters q, degree, status, countryOrRegion), answering { items, total, page, pageSize }.");
        talents.MapGet("/{id:guid}", Get).RequirePermission(TalentModule.Read)
            .Describe("talentTalentsGet", "Read a talent",
                "Answers one talent with its current version; 404 when it does not exist or is outside the caller's organisations.");
        talents.MapGet("/{id:guid}/personal-data", TalentContactShown.Show).RequirePermission(TalentModule.Read)
            .Describe("talentTalentsShowContact", "Show a talent's contact",
                "Answers the talent's unmasked contact details and writes the showing to the personal-data access log.");
        talents.MapPost("/", Create).RequirePermission(TalentModule.Write).Validate<TalentRequest>()
            .Describe("talentTalentsCreate", "Create a talent",
                "Records a new talent; the answer is the stored talent (201, with its address in Location). Every refused field is named in the problem's errors.");
        talents.MapPut("/{id:guid}", Correct).RequirePermission(TalentModule.Write).Validate<TalentRequest>()
            .Describe("talentTalentsUpdate", "Correct a talent",
                "Replaces the talent's details; send the version you read, or get 409 with currentVersion.");
        talents.MapPost("/{id:guid}/status", Move).RequirePermission(TalentModule.Write).Validate<StatusRequest>()
            .Describe("talentTalentsMove", "Change a talent's status",
                "Moves the talent to another recruitment status; send the version you read.");
        talents.MapPost("/{id:guid}/merge", Merge).RequirePermission(TalentModule.Write).Validate<MergeRequest>()
            .Describe("talentTalentsMerge", "Merge a duplicate talent",
                "Merges a duplicate record into this talent; send the versions of both, as read.");
        talents.MapDelete("/{id:guid}", Remove).RequirePermission(TalentModule.Write)
            .Describe("talentTalentsDelete", "Delete a talent",
                "Moves the talent to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(string? Q, string? Degree, string? Status, string? CountryOrRegion, Guid? OrganisationId, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the pool may be sorted by; by name by default.</summary>
    internal static readonly ListSort<Talents.Talent> Sorts = new ListSort<Talents.Talent> { DefaultDescending = false }
        .By("name", t => t.NameZh ?? t.NameForeign).By("degree", t => t.Degree).By("institution", t => t.Institution);

    /// <summary>The list as the API answers it: contacts in full for holders of the permission, each disclosure logged.</summary>
    internal static async Task<Ok<PagedList<TalentResponse>>> List([AsParameters] ListQuery query, TalentDbContext db, ICurrentUser user,
        IPersonalDataLog log, CancellationToken ct)
    {
        var inFull = user.SeesInFull(TalentPersonalData.Type);
        var (rows, total, page, size) = await Rows(query, db, user, ct);
        if (inFull) await TalentPersonalData.Disclosed(log, PersonalDataAction.Viewed, rows, null, ct);
        return TypedResults.Ok(new PagedList<TalentResponse>(rows.Select(t => TalentResponse.From(t, inFull)).ToList(), total, page, size));
    }

    /// <summary>The list for a page or an export, the contacts masked unless <paramref name="inFull"/>; the caller logs what it shows in full.</summary>
    internal static async Task<PagedList<TalentResponse>> ListAs(ListQuery query, TalentDbContext db, ICurrentUser user, bool inFull, CancellationToken ct)
    {
        var (rows, total, page, size) = await Rows(query, db, user, ct);
        return new PagedList<TalentResponse>(rows.Select(t => TalentResponse.From(t, inFull && user.SeesInFull(TalentPersonalData.Type))).ToList(), total, page, size);
    }

    private static async Task<(List<Talent> Rows, int Total, int Page, int Size)> Rows(ListQuery query, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var degree = QueryValues.Enum<Degree>(query.Degree, "degree");
        var status = QueryValues.Enum<TalentStatus>(query.Status, "status");
        var rows = db.Talents.AsNoTracking().VisibleTo(user).Where(t => t.MergedIntoId == null);
        if (degree is not null) rows = rows.Where(t => t.Degree == degree);
        if (status is not null) rows = rows.Where(t => t.Status == status);
        if (!string.IsNullOrEmpty(query.CountryOrRegion)) rows = rows.Where(t => t.CountryOrRegion == query.CountryOrRegion);
        if (query.OrganisationId is not null) rows = rows.Where(t => t.OrganisationId == query.OrganisationId);
        if (!string.IsNullOrWhiteSpace(query.Q))
            rows = rows.Where(t => (t.NameZh != null && t.NameZh.Contains(query.Q)) || (t.NameForeign != null && t.NameForeign.Contains(query.Q))
                || t.Institution.Contains(query.Q) || t.Field.Contains(query.Q));
        var total = await rows.CountAsync(ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(t => t.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return (items, total, page, size);
    }

    /// <summary>One talent, for the API and the pages alike: a holder of the permission reads the contact in full, and that is logged.</summary>
    internal static async Task<Results<Ok<TalentResponse>, NotFound>> Get(Guid id, TalentDbContext db, ICurrentUser user, IPersonalDataLog log, CancellationToken ct)
    {
        var talent = await db.Talents.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (talent is null) return TypedResults.NotFound();
        var inFull = user.SeesInFull(TalentPersonalData.Type);
        if (inFull) await TalentPersonalData.Disclosed(log, PersonalDataAction.Viewed, [talent], null, ct);
        return TypedResults.Ok(TalentResponse.From(talent, inFull, await Duplicates(db, user, talent, ct)));
    }

    /// <summary>Records a talent; the answer lists records that look like the same person, for the user to merge.</summary>
    internal static async Task<Created<TalentResponse>> Create(TalentRequest request, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        await EnsureEventVisible(db, user, request.MetAtEventId, ct);
        var talent = new Talent { Field = "", CountryOrRegion = "", Institution = "" };
        Apply(talent, request);
        talent.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Talents.Add(talent);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/talents/{talent.Id}", TalentResponse.From(talent, InFull(user), await Duplicates(db, user, talent, ct)));
    }

    internal static async Task<Results<Ok<TalentResponse>, NotFound>> Correct(
        Guid id, TalentRequest request, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var talent = await Current(db, user, id, ct);
        if (talent is null) return TypedResults.NotFound();
        db.ExpectVersion(talent, request.Version);
        await EnsureEventVisible(db, user, request.MetAtEventId, ct);
        // A reader shown the contact masked (or withheld) who sends back what they were shown keeps the stored contact.
        if (!InFull(user)) request = request with { Contact = PersonalDataMask.Kept(request.Contact, talent.Contact, TalentPersonalData.ShownContact(talent, false)) };
        Apply(talent, request);
        talent.OrganisationId = user.OwnerFor(request.OrganisationId ?? talent.OrganisationId);
        PointLetters(db, talent, await db.Letters.Where(l => l.TalentId == talent.Id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TalentResponse.From(talent, InFull(user), await Duplicates(db, user, talent, ct)));
    }

    internal static async Task<Results<Ok<TalentResponse>, NotFound>> Move(
        Guid id, StatusRequest request, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var talent = await Current(db, user, id, ct);
        if (talent is null) return TypedResults.NotFound();
        db.ExpectVersion(talent, request.Version!.Value);
        talent.MoveTo(request.Status!.Value);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TalentResponse.From(talent, InFull(user)));
    }

    /// <summary>
    /// Merges a duplicate into this record: its letters move here, what it knows and this record does
    /// not is taken over, and it stays as history marked as merged. Two active letters cannot merge.
    /// </summary>
    internal static async Task<Results<Ok<TalentResponse>, NotFound>> Merge(
        Guid id, MergeRequest request, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var kept = await Current(db, user, id, ct);
        if (kept is null) return TypedResults.NotFound();
        var duplicate = await Current(db, user, request.DuplicateId!.Value, ct)
            ?? throw new RequestRejectedException("duplicateId", TalentText.Get("NoSuchTalent"));
        db.ExpectVersion(kept, request.Version!.Value);
        db.ExpectVersion(duplicate, request.DuplicateVersion!.Value);
        var letters = await db.Letters.Where(l => l.TalentId == duplicate.Id || l.TalentId == kept.Id).ToListAsync(ct);
        if (letters.Count(l => l.Active) > 1)
            throw new RuleViolationException("duplicateId", TalentText.Get("TwoActiveLetters"));
        kept.Absorb(duplicate);
        PointLetters(db, kept, letters);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TalentResponse.From(kept, InFull(user)));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var talent = await Current(db, user, id, ct);
        if (talent is null) return TypedResults.NotFound();
        db.ExpectVersion(talent, version);
        if (await db.Letters.AnyAsync(l => l.TalentId == id, ct))
            throw new RuleViolationException("id", TalentText.Get("TalentHasLetters"));
        db.Talents.Remove(talent);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Letters carry their talent's id and name as the other work lines read them; a rename or a
    /// merge puts the current ones on them and tells the others.
    /// </summary>
    private static void PointLetters(TalentDbContext db, Talent talent, IEnumerable<LetterOfIntent> letters)
    {
        foreach (var letter in letters.Where(l => l.TalentId != talent.Id || l.TalentName != talent.DisplayName))
        {
            letter.TalentId = talent.Id;
            letter.TalentName = talent.DisplayName;
            db.Publish(() => new LetterOfIntentChanged(letter.ToSnapshot(), Removed: false));
        }
    }

    /// <summary>Same name and institution, or the same contact: the federation's own rule for "the same person".</summary>
    internal static async Task<IReadOnlyList<Guid>> Duplicates(TalentDbContext db, ICurrentUser user, Talent talent, CancellationToken ct) =>
        await db.Talents.AsNoTracking().VisibleTo(user)
            .Where(t => t.Id != talent.Id && t.MergedIntoId == null)
            .Where(t => (t.Institution == talent.Institution
                    && ((talent.NameZh != null && t.NameZh == talent.NameZh) || (talent.NameForeign != null && t.NameForeign == talent.NameForeign)))
                || (talent.Contact != null && t.Contact == talent.Contact))
            .Select(t => t.Id).ToListAsync(ct);

    private static Task<Talent?> Current(TalentDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        db.Talents.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id && t.MergedIntoId == null, ct);

    private static async Task EnsureEventVisible(TalentDbContext db, ICurrentUser user, Guid? eventId, CancellationToken ct)
    {
        if (eventId is not null && !await db.Events.VisibleTo(user).AnyAsync(e => e.Id == eventId, ct))
            throw new RequestRejectedException("metAtEventId", TalentText.Get("NoSuchEvent"));
    }

    private static void Apply(Talent talent, TalentRequest request)
    {
        talent.NameZh = Trimmed(request.NameZh);
        talent.NameForeign = Trimmed(request.NameForeign);
        talent.Degree = request.Degree!.Value;
        talent.Field = request.Field!.Trim();
        talent.CountryOrRegion = request.CountryOrRegion!;
        talent.Institution = request.Institution!.Trim();
        talent.Contact = Trimmed(request.Contact);
        talent.HowMet = Trimmed(request.HowMet);
        talent.MetAtEventId = request.MetAtEventId;
        talent.ConsentToContact = request.ConsentToContact ?? false;
        talent.ConsentRecordedOn = talent.ConsentToContact ? request.ConsentRecordedOn : null;
        talent.Notes = request.Notes;
    }

    private static bool InFull(ICurrentUser user) => user.SeesInFull(TalentPersonalData.Type);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
