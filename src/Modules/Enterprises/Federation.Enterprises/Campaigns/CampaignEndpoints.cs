using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Enterprises.Campaigns;

internal static class CampaignEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTag("Service campaigns", "Campaigns that assign enterprises to leaders to visit, and each leader's progress.");
        campaigns.MapGet("/", List).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesCampaignsList", "List service campaigns",
                "Pages through the service campaigns visible to the caller (filters year, organisationId), answering { items, total, page, pageSize }.");
        campaigns.MapGet("/{id:guid}", Get).RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesCampaignsGet", "Read a service campaign",
                "Answers one service campaign with its current version; 404 when it does not exist or is outside the caller's organisations.");
        campaigns.MapPost("/", Create).RequirePermission(EnterprisesModule.Write).Validate<CampaignRequest>()
            .Describe("enterprisesCampaignsCreate", "Create a service campaign",
                "Records a new service campaign; the answer is the stored service campaign (201, with its address in Location). Every refused field is named in the problem's errors.");
        campaigns.MapPut("/{id:guid}", Correct).RequirePermission(EnterprisesModule.Write).Validate<CampaignRequest>()
            .Describe("enterprisesCampaignsUpdate", "Correct a service campaign",
                "Replaces the service campaign's details; send the version you read, or get 409 with currentVersion.");
        campaigns.MapDelete("/{id:guid}", Remove).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesCampaignsDelete", "Delete a service campaign",
                "Moves the service campaign to the recycle bin for 30 days; takes the version read as ?version=.");
        campaigns.MapPost("/{id:guid}/assignments", Assign).RequirePermission(EnterprisesModule.Write).Validate<AssignRequest>()
            .Describe("enterprisesCampaignsAssign", "Assign an enterprise to a leader",
                "Puts an enterprise on a leader's list for the campaign; send the campaign's version.");
        campaigns.MapDelete("/{id:guid}/assignments/{assignmentId:guid}", Unassign).RequirePermission(EnterprisesModule.Write)
            .Describe("enterprisesCampaignsUnassign", "Take an assignment back",
                "Removes one enterprise from a leader's list for the campaign; takes the campaign's version as ?version=.");
        api.MapGet("/my-assignments", Mine).WithTags("Service campaigns").RequirePermission(EnterprisesModule.Read)
            .Describe("enterprisesMyAssignments", "List my assigned enterprises",
                "The enterprises the signed-in leader is assigned to visit in running campaigns, with whether each was visited.");
    }

    internal sealed record ListQuery(int? Year, Guid? OrganisationId, int? Page, int? PageSize);

    internal static async Task<Ok<PagedList<CampaignResponse>>> List([AsParameters] ListQuery query, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var year = QueryValues.Year(query.Year);
        var rows = db.Campaigns.AsNoTracking().Include(c => c.Assignments).VisibleTo(user);
        if (year is not null) rows = rows.Where(c => c.StartsOn.Year <= year && c.EndsOn.Year >= year);
        if (query.OrganisationId is not null) rows = rows.Where(c => c.OrganisationId == query.OrganisationId);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok(new PagedList<CampaignResponse>(items.Select(CampaignResponse.From).ToList(), total, page, size));
    }

    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Get(Guid id, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Assignments).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is null ? TypedResults.NotFound() : TypedResults.Ok(CampaignResponse.From(campaign));
    }

    internal static async Task<Created<CampaignResponse>> Create(
        CampaignRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        var campaign = new Campaign { Name = request.Name!.Trim() };
        Apply(campaign, request);
        campaign.OrganisationId = user.OwnerFor(request.OrganisationId);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/enterprises/campaigns/{campaign.Id}", CampaignResponse.From(campaign));
    }

    /// <summary>A new period re-reads which assignments were visited within it.</summary>
    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Correct(
        Guid id, CampaignRequest request, EnterprisesDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, CancellationToken ct)
    {
        var campaign = await Load(db, user, id, ct);
        if (campaign is null) return TypedResults.NotFound();
        db.ExpectVersion(campaign, request.Version);
        await programmes.EnsureTaggable(request.ProgrammeId, EnterprisesModule.ModuleName, "programmeId", ct);
        Apply(campaign, request);
        campaign.OrganisationId = user.OwnerFor(request.OrganisationId ?? campaign.OrganisationId);
        await CampaignProgress.Refresh(db, campaign.Assignments.Select(a => a.EnterpriseId), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }

    internal static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var campaign = await Load(db, user, id, ct);
        if (campaign is null) return TypedResults.NotFound();
        db.ExpectVersion(campaign, version);
        db.Campaigns.Remove(campaign);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Assigns an enterprise to a leadership member; a visit already made in the period counts at once.</summary>
    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Assign(
        Guid id, AssignRequest request, EnterprisesDbContext db, ICurrentUser user, IPeopleDirectory people, IOrganisationDirectory organisations,
        CancellationToken ct)
    {
        var campaign = await Load(db, user, id, ct);
        if (campaign is null) return TypedResults.NotFound();
        db.ExpectVersion(campaign, request.Version!.Value);
        var enterprise = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.Id == request.EnterpriseId, ct)
            ?? throw new RequestRejectedException("enterpriseId", EnterpriseText.Get("NoSuchEnterprise"));
        var leader = await people.Find(request.LeaderUserId!.Value, ct);
        if (leader is not { IsLeader: true })
            throw new RequestRejectedException("leaderUserId", EnterpriseText.Get("NotALeader"));
        // A leader works from their own list, which shows campaigns of their organisation and below.
        if (!(await organisations.Subtree(leader.OrganisationId, ct)).Contains(campaign.OrganisationId))
            throw new RequestRejectedException("leaderUserId", EnterpriseText.Get("LeaderOutsideCampaign"));
        campaign.Assign(enterprise.Id, enterprise.Name, leader.Id, leader.DisplayName);
        await CampaignProgress.Refresh(db, [enterprise.Id], ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }

    internal static async Task<Results<Ok<CampaignResponse>, NotFound>> Unassign(
        Guid id, Guid assignmentId, int? version, EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var campaign = await Load(db, user, id, ct);
        var assignment = campaign?.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (campaign is null || assignment is null) return TypedResults.NotFound();
        db.ExpectVersion(campaign, version);
        campaign.Assignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }

    /// <summary>The signed-in leader's enterprises in every campaign they may see, unvisited first.</summary>
    internal static async Task<Ok<List<MyAssignment>>> Mine(EnterprisesDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Assignments).VisibleTo(user)
            .Where(c => c.Assignments.Any(a => a.LeaderUserId == user.UserId)).ToListAsync(ct);
        var mine = campaigns.SelectMany(c => c.Assignments.Where(a => a.LeaderUserId == user.UserId)
                .Select(a => new MyAssignment(c.Id, c.Name, c.EndsOn, a.Id, a.EnterpriseId, a.EnterpriseName, a.VisitedOn)))
            .OrderBy(a => a.VisitedOn is not null).ThenBy(a => a.CampaignEndsOn).ThenBy(a => a.EnterpriseName, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(mine);
    }

    internal sealed record MyAssignment(Guid CampaignId, string CampaignName, DateOnly CampaignEndsOn, Guid AssignmentId, Guid EnterpriseId, string EnterpriseName, DateOnly? VisitedOn);

    private static Task<Campaign?> Load(EnterprisesDbContext db, ICurrentUser user, Guid id, CancellationToken ct) =>
        db.Campaigns.Include(c => c.Assignments).VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct);

    private static void Apply(Campaign campaign, CampaignRequest request)
    {
        campaign.Name = request.Name!.Trim();
        campaign.StartsOn = request.StartsOn!.Value;
        campaign.EndsOn = request.EndsOn!.Value;
        campaign.TargetEnterprises = request.TargetEnterprises!.Value;
        campaign.ProgrammeId = request.ProgrammeId;
        campaign.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
    }
}
