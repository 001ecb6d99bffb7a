using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Figures;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Events;

internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var events = api.MapGroup("/events").WithTag("Investment events", "Investment promotion events: conferences, roadshows and visits where projects are sought.");
        events.MapGet("/", List).RequirePermission(InvestmentModule.Read)
            .Describe("investmentEventsList", "List investment events",
                "Pages through the investment events visible to the caller (filters year, kind, organisationId, q), answering { items, total, page, pageSize }.");
        events.MapGet("/{id:guid}", Get).RequirePermission(InvestmentModule.Read)
            .Describe("investmentEventsGet", "Read an investment event",
                "Answers one investment event with its current version; 404 when it does not exist or is outside the caller's organisations.");
        events.MapPost("/", Create).RequirePermission(InvestmentModule.Write).Validate<EventRequest>()
            .Describe("investmentEventsCreate", "Create an investment event",
                "Records a new investment event; the answer is the stored investment event (201, with its address in Location). Every refused field is named in the problem's errors.");
        events.MapPut("/{id:guid}", Correct).RequirePermission(InvestmentModule.Write).Validate<EventRequest>()
            .Describe("investmentEventsUpdate", "Correct an investment event",
                "Replaces the investment event's details; send the version you read, or get 409 with currentVersion.");
        events.MapDelete("/{id:guid}", Remove).RequirePermission(InvestmentModule.Write)
            .Describe("investmentEventsDelete", "Delete an investment event",
                "Moves the investment event to the recycle bin for 30 days; takes the version read as ?version=.");
    }

    internal sealed record ListQuery(int? Year, string? Kind, Guid? OrganisationId, string? Q, int? Page, int? PageSize, string? Sort);

    /// <summary>The columns the list may be sorted by; the latest first by default.</summary>
    internal static readonly ListSort<InvestmentEvent> Sorts = new ListSort<InvestmentEvent>()
        .By("startDate", e => e.StartDate).By("title", e => e.Title).By("attendeeCount", e => e.AttendeeCount);

    internal static async Task<Ok<PagedList<EventResponse>>> List(
        [AsParameters] ListQuery query, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var kind = QueryValues.Enum<InvestmentEventKind>(query.Kind, "kind");
        var year = QueryValues.Year(query.Year);

        var rows = db.Events.AsNoTracking().VisibleTo(user);
        if (year is not null)
            rows = rows.Where(e => e.StartDate >= new DateOnly(year.Value, 1, 1) && e.StartDate <= new DateOnly(year.Value, 12, 31));
        if (kind is not null) rows = rows.Where(e => e.Kind == kind);
        if (query.OrganisationId is not null) rows = rows.Where(e => e.OrganisationId == query.OrganisationId);
        if (!string.IsNullOrWhiteSpace(query.Q)) rows = rows.Where(e => e.Title.Contains(query.Q) || e.City.Contains(query.Q));

        var sorted = Sorts.Apply(rows, query.Sort);
        var total = await rows.CountAsync(ct);
        var items = await sorted.ThenBy(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<EventResponse>(items.Select(EventResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<EventResponse>, NotFound>> Get(
        Guid id, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(EventResponse.From(found));
    }

    internal static async Task<Created<EventResponse>> Create(
        EventRequest request, InvestmentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IKpiCatalogue catalogue, IPlaceDirectory places,
        CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        await EventReference.EnsureParent(db, user, null, request.ParentEventId, ct);
        EventReference.EnsureWorkLines(catalogue, request.AlsoServes);
        var held = new InvestmentEvent { Title = request.Title!, City = request.City! };
        Apply(held, request);
        (held.Town, held.Area) = await places.Canonical(request.Town, request.Area, ct);
        held.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Events.Add(held);
        db.Publish(() => new InvestmentEventHeld(held.ToSnapshot()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/investment/events/{held.Id}", EventResponse.From(held));
    }

    internal static async Task<Results<Ok<EventResponse>, NotFound>> Correct(
        Guid id, EventRequest request, InvestmentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IKpiCatalogue catalogue,
        IPlaceDirectory places, CancellationToken ct)
    {
        var held = await db.Events.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (held is null) return TypedResults.NotFound();
        await programmes.EnsureTaggable(request.ProgrammeId, InvestmentModule.ModuleName, "programmeId", ct);
        db.ExpectVersion(held, request.Version);
        await EventReference.EnsureParent(db, user, held.Id, request.ParentEventId, ct);
        EventReference.EnsureWorkLines(catalogue, request.AlsoServes);
        Apply(held, request);
        (held.Town, held.Area) = await places.Canonical(request.Town, request.Area, ct);
        held.OrganisationId = user.OwnerFor(request.OrganisationId ?? held.OrganisationId);
        db.Publish(() => new InvestmentEventCorrected(held.ToSnapshot()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(EventResponse.From(held));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(
        Guid id, int? version, InvestmentDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var held = await db.Events.VisibleTo(user).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (held is null) return TypedResults.NotFound();
        db.ExpectVersion(held, version);
        if (await db.Projects.AnyAsync(p => p.EventId == id, ct) || await db.CreditLines.AnyAsync(c => c.EventId == id, ct)
            || await db.Events.AnyAsync(e => e.ParentEventId == id, ct) || await db.Outcomes.AnyAsync(o => o.EventId == id, ct))
            throw new RuleViolationException("id", InvestmentText.Get("EventInUse"));
        db.Events.Remove(held);
        db.Publish(new InvestmentEventRemoved(held.Id, held.OrganisationId, held.Version + 1));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void Apply(InvestmentEvent held, EventRequest request)
    {
        held.Title = request.Title!.Trim();
        held.Kind = request.Kind!.Value;
        held.StartDate = request.StartDate!.Value;
        held.EndDate = request.EndDate!.Value;
        held.Venue = string.IsNullOrWhiteSpace(request.Venue) ? null : request.Venue.Trim();
        held.ProgrammeId = request.ProgrammeId;
        held.City = request.City!.Trim();
        held.Organisers = (request.Organisers ?? []).Select(o => new Organiser(o.Name!.Trim(), o.Role!.Value)).ToList();
        held.AttendeeCount = request.AttendeeCount;
        held.AttendeeQualifier = request.AttendeeQualifier ?? Qualifier.Exact;
        held.AttendeeUpTo = request.AttendeeUpTo;
        held.CountriesAndRegions = request.CountriesAndRegions ?? [];
        held.StatedCountries = request.StatedCountries;
        held.StatedCountriesQualifier = request.StatedCountriesQualifier ?? Qualifier.Exact;
        held.IsFlagship = request.IsFlagship ?? false;
        held.ParentEventId = request.ParentEventId;
        held.AlsoServes = request.AlsoServes ?? [];
        held.UnlistedSignedProjects = request.UnlistedSignedProjects;
        held.UnlistedSignedProjectsQualifier = request.UnlistedSignedProjectsQualifier ?? Qualifier.Exact;
        held.UnlistedSignedAmountFen = request.UnlistedSignedAmountYuan is { } yuan ? Kernel.Money.Money.FromYuan(yuan).Fen : null;
        held.UnlistedSignedAmountQualifier = request.UnlistedSignedAmountQualifier ?? Qualifier.Exact;
        held.Notes = request.Notes;
    }
}
