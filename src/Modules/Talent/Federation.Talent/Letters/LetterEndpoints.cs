using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Letters;

internal static class LetterEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var letters = api.MapGroup("/letters").WithTag("Letters of intent", "Talents' letters of intent to work with a local employer.");
        letters.MapGet("/", List).RequirePermission(TalentModule.Read)
            .Describe("talentLettersList", "List letters of intent",
                "Pages through the letters of intent (filters year, degree, active, talentId).");
        letters.MapGet("/{id:guid}", Get).RequirePermission(TalentModule.Read)
            .Describe("talentLettersGet", "Read a letter of intent",
                "Answers one letter of intent with its current version.");
        letters.MapPost("/{id:guid}/withdraw", Withdraw).RequirePermission(TalentModule.Write).Validate<WithdrawRequest>()
            .Describe("talentLettersWithdraw", "Withdraw a letter of intent",
                "Withdraws the letter on a date with a reason; it no longer counts as active.");
        letters.MapDelete("/{id:guid}", Remove).RequirePermission(TalentModule.Write)
            .Describe("talentLettersDelete", "Delete a letter of intent",
                "Moves the letter to the recycle bin for 30 days; takes the version read as ?version=.");
        // A talent has at most one active letter: it is signed on the talent.
        api.MapPost("/talents/{id:guid}/letter", Sign).WithTags("Letters of intent").RequirePermission(TalentModule.Write).Validate<LetterRequest>()
            .Describe("talentTalentsSignLetter", "Sign a letter of intent",
                "Records the talent's one active letter of intent with an employer (optionally by checked credit code) (201).");
    }

    internal sealed record ListQuery(int? Year, string? Degree, bool? Active, Guid? TalentId, Guid? OrganisationId, string? Q, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the letters may be sorted by; the latest first by default.</summary>
    internal static readonly ListSort<LetterOfIntent> Sorts = new ListSort<LetterOfIntent>()
        .By("signedOn", l => l.SignedOn).By("employer", l => l.EmployerName).By("town", l => l.Town);

    internal static async Task<Ok<PagedList<LetterResponse>>> List([AsParameters] ListQuery query, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var degree = QueryValues.Enum<Degree>(query.Degree, "degree");
        var rows = db.Letters.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(l => l.SignedOn >= new DateOnly(year.Value, 1, 1) && l.SignedOn <= new DateOnly(year.Value, 12, 31));
        if (degree is not null) rows = rows.Where(l => l.Degree == degree);
        if (query.Active is not null) rows = rows.Where(l => l.Active == query.Active);
        if (query.TalentId is not null) rows = rows.Where(l => l.TalentId == query.TalentId);
        if (query.OrganisationId is not null) rows = rows.Where(l => l.OrganisationId == query.OrganisationId);
        if (!string.IsNullOrWhiteSpace(query.Q)) rows = rows.Where(l => l.TalentName.Contains(query.Q) || l.EmployerName.Contains(query.Q));
        var total = await rows.CountAsync(ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(l => l.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<LetterResponse>(items.Select(LetterResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<LetterResponse>, NotFound>> Get(Guid id, TalentDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.Letters.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(l => l.Id == id, ct) is { } found
            ? TypedResults.Ok(LetterResponse.From(found))
            : TypedResults.NotFound();

    /// <summary>Signs a letter for a talent who has no active one; the talent becomes "intent signed".</summary>
    internal static async Task<Results<Created<LetterResponse>, NotFound>> Sign(
        Guid id, LetterRequest request, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPlaceDirectory places, CancellationToken ct)
    {
        var talent = await db.Talents.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == id && t.MergedIntoId == null, ct);
        if (talent is null) return TypedResults.NotFound();
        await programmes.EnsureTaggable(request.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        if (await db.Letters.AnyAsync(l => l.TalentId == talent.Id && l.Active, ct))
            throw new RuleViolationException("id", TalentText.Get("ActiveLetterExists"));
        var letter = new LetterOfIntent
        {
            TalentId = talent.Id,
            TalentName = talent.DisplayName,
            Degree = talent.Degree,
            EmployerName = request.EmployerName!.Trim(),
            EmployerCreditCode = string.IsNullOrEmpty(request.EmployerCreditCode) ? null : request.EmployerCreditCode,
            Town = (await places.Canonical(request.Town, null, ct)).Town!,
            SignedOn = request.SignedOn!.Value,
            ProgrammeId = request.ProgrammeId,
            OrganisationId = talent.OrganisationId,
        };
        talent.LetterSigned();
        db.Letters.Add(letter);
        db.Publish(() => new LetterOfIntentChanged(letter.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/letters/{letter.Id}", LetterResponse.From(letter));
    }

    internal static async Task<Results<Ok<LetterResponse>, NotFound>> Withdraw(
        Guid id, WithdrawRequest request, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var letter = await db.Letters.VisibleTo(user).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return TypedResults.NotFound();
        db.ExpectVersion(letter, request.Version!.Value);
        if (!letter.Active) throw new RuleViolationException("id", TalentText.Get("AlreadyWithdrawn"));
        if (request.On < letter.SignedOn) throw new RequestRejectedException("on", TalentText.Get("WithdrawnBeforeSigned"));
        letter.Withdraw(request.On!.Value, request.Reason!.Trim());
        (await db.Talents.FirstAsync(t => t.Id == letter.TalentId, ct)).LetterWithdrawn();
        db.Publish(() => new LetterOfIntentChanged(letter.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LetterResponse.From(letter));
    }

    /// <summary>Deletes a letter entered by mistake; a letter that was really signed and then taken back is withdrawn instead.</summary>
    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var letter = await db.Letters.VisibleTo(user).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return TypedResults.NotFound();
        db.ExpectVersion(letter, version);
        if (letter.Active) (await db.Talents.FirstAsync(t => t.Id == letter.TalentId, ct)).LetterWithdrawn();
        db.Letters.Remove(letter);
        db.Publish(new LetterOfIntentChanged(letter.ToSnapshot() with { Version = letter.Version + 1 }, Removed: true));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
