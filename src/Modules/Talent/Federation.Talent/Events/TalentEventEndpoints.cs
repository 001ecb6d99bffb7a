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

namespace Federation.Talent.Events;

internal static class TalentEventEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var events = api.MapGroup("/events").WithTag("Talent events", "Events where talents were met, with how many of which degree and country.");
        events.MapGet("/", List).RequirePermission(TalentModule.Read)
            .Describe("talentEventsList", "List talent events",
                "Pages through the talent events visible to the caller (filters year, format, flagship, programmeId, q; the page carries totalTalentsMet), answering { items, total, page, pageSize }.");
        events.MapGet("/{id:guid}", Get).RequirePermission(TalentModule.Read)
            .Describe("talentEventsGet", "Read a talent event",
                "Answers one talent event with its current version; 404 when it does not exist or is outside the caller's organisations.");
        events.MapPost("/", Create).RequirePermission(TalentModule.Write).Validate<TalentEventRequest>()
            .Describe("talentEventsCreate", "Create a talent event",
                "Records a new talent event; the answer is the stored talent event (201, with its address in Location). Every refused field is named in the problem's errors.");
        events.MapPut("/{id:guid}", Correct).RequirePermission(TalentModule.Write).Validate<TalentEventRequest>()
            .Describe("talentEventsUpdate", "Correct a talent event",
                "Replaces the talent event's details; send the version you read, or get 409 with currentVersion.");
        events.MapDelete("/{id:guid}", Remove).RequirePermission(TalentModule.Write)
            .Describe("talentEventsDelete", "Delete a talent event",
                "Moves the talent event to the recycle bin for 30 days; takes the version read as ?version=.");
        events.MapPost("/bulk", TalentEventBulkChange.Apply).RequirePermission(TalentModule.Write).Validate<Kernel.Web.BulkChange>()
            .Describe("talentEventsBulkChange", "Change many talent events",
                "Applies one change to the chosen events, each at the version the caller read; answers which were changed and which refused.");
    }

    internal sealed record ListQuery(int? Year, string? Format, bool? Flagship, Guid? ProgrammeId, Guid? OrganisationId, string? Q, int? Page, int? PageSize, string? Sort = null);

    /// <summary>The columns the list may be sorted by; newest first by default.</summary>
    internal static readonly ListSort<TalentEvent> Sorts = new ListSort<TalentEvent>()
        .By("startDate", e => e.StartDate).By("title", e => e.Title).By("talentsMet", e => e.TalentsMetCount);

    internal sealed record EventPage(IReadOnlyList<TalentEventResponse> Items, int Total, int TotalTalentsMet, int Page, int PageSize);

    internal static async Task<Ok<EventPage>> List([AsParameters] ListQuery query, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var format = QueryValues.Enum<TalentEventFormat>(query.Format, "format");
        var rows = db.Events.AsNoTracking().VisibleTo(user);
        if (year is not null) rows = rows.Where(e => e.StartDate >= new DateOnly(year.Value, 1, 1) && e.StartDate <= new DateOnly(year.Value, 12, 31));
        if (format is not null) rows = rows.Where(e => e.Format == format);
        if (query.Flagship is not null) rows = rows.Where(e => e.Flagship == query.Flagship);
        if (query.ProgrammeId is not null) rows = rows.Where(e => e.ProgrammeId == query.ProgrammeId);
        if (query.OrganisationId is not null) rows = rows.Where(e => e.OrganisationId == query.OrganisationId);
        if (!string.IsNullOrWhiteSpace(query.Q)) rows = rows.Where(e => e.Title.Contains(query.Q) || (e.City != null && e.City.Contains(query.Q)));
        var total = await rows.CountAsync(ct);
        var met = await rows.SumAsync(e => e.TalentsMetCount, ct);
        var items = await Sorts.Apply(rows, query.Sort).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new EventPage(items.Select(TalentEventResponse.From).ToList(), total, met, page, size));
    }

    internal static async Task<Results<Ok<TalentEventResponse>, NotFound>> Get(Guid id, TalentDbContext db, ICurrentUser user, CancellationToken ct) =>
        await db.Events.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct) is { } found
            ? TypedResults.Ok(TalentEventResponse.From(found))
            : TypedResults.NotFound();

    internal static async Task<Created<TalentEventResponse>> Create(
        TalentEventRequest request, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        await EnsureConference(db, user, request.ConferenceId, ct);
        var held = new TalentEvent { Title = request.Title! };
        Apply(held, request);
        held.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Events.Add(held);
        db.Publish(() => new TalentEventChanged(held.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/events/{held.Id}", TalentEventResponse.From(held));
    }

    internal static async Task<Results<Ok<TalentEventResponse>, NotFound>> Correct(
        Guid id, TalentEventRequest request, TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var held = await db.Events.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (held is null) return TypedResults.NotFound();
        db.ExpectVersion(held, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, TalentModule.ModuleName, "programmeId", ct);
        if (request.ConferenceId != held.ConferenceId) await EnsureConference(db, user, request.ConferenceId, ct);
        Apply(held, request);
        held.OrganisationId = user.OwnerFor(request.OrganisationId ?? held.OrganisationId);
        db.Publish(() => new TalentEventChanged(held.ToSnapshot(), Removed: false));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TalentEventResponse.From(held));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, TalentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var held = await db.Events.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (held is null) return TypedResults.NotFound();
        db.ExpectVersion(held, version);
        if (await db.Talents.AnyAsync(t => t.MetAtEventId == id, ct))
            throw new RuleViolationException("id", TalentText.Get("EventInUse"));
        db.Events.Remove(held);
        db.Publish(new TalentEventChanged(held.ToSnapshot() with { Version = held.Version + 1 }, Removed: true));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>A talent event may be the talent side only of a conference that serves Talent and the user can see.</summary>
    private static async Task EnsureConference(TalentDbContext db, ICurrentUser user, Guid? conferenceId, CancellationToken ct)
    {
        if (conferenceId is null) return;
        var known = await db.Conferences.AsNoTracking().VisibleTo(user)
            .AnyAsync(c => c.Id == conferenceId && !c.Removed && c.ServesTalent, ct);
        if (!known) throw new RequestRejectedException("conferenceId", TalentText.Get("NoSuchConference"));
    }

    private static void Apply(TalentEvent held, TalentEventRequest request)
    {
        held.Title = request.Title!.Trim();
        held.Format = request.Format!.Value;
        held.Flagship = request.Flagship ?? false;
        held.StartDate = request.StartDate!.Value;
        held.EndDate = request.EndDate!.Value;
        held.Online = request.Online ?? false;
        held.City = string.IsNullOrWhiteSpace(request.City) ? null : request.City.Trim();
        held.CountryOrRegion = string.IsNullOrEmpty(request.CountryOrRegion) ? null : request.CountryOrRegion;
        held.Partners = (request.Partners ?? []).Select(p => p.Trim()).ToList();
        held.RecordTalentsMet((request.TalentsMet ?? []).Select(g => new TalentsMet(g.Degree!.Value, g.CountryOrRegion!, g.Count!.Value)).ToList());
        held.ProgrammeId = request.ProgrammeId;
        held.Notes = request.Notes;
        held.StatedTalentsMet = request.StatedTalentsMet;
        held.StatedTalentsMetQualifier = request.StatedTalentsMetQualifier ?? Kernel.Figures.Qualifier.Exact;
        held.StatedCountries = request.StatedCountries;
        held.ConferenceId = request.ConferenceId;
        held.StatedCountriesQualifier = request.StatedCountriesQualifier ?? Kernel.Figures.Qualifier.Exact;
    }
}
