using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Resources;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Webhooks;

internal sealed record SubscriptionResponse(Guid Id, Guid OrganisationId, string Url, string Description, IReadOnlyList<string> EventTypes,
    bool Paused, DateTime? PausedAtUtc, int FailuresInARow, DateTime CreatedAtUtc, int Version, int Pending, int Failed);

/// <summary>The secret is in this answer only; afterwards it is kept encrypted and never shown again.</summary>
internal sealed record CreatedSubscriptionResponse(SubscriptionResponse Subscription, string Secret);

internal sealed record DeliveryResponse(Guid Id, Guid EventId, string EventType, string RecordKey, string Status, int Attempts,
    DateTime CreatedAtUtc, DateTime? NextAttemptAtUtc, DateTime? DeliveredAtUtc, int? LastStatusCode, int? LastLatencyMs, string? LastAnswer);

/// <summary>
/// Subscriptions made, changed, paused, resumed and removed, their delivery logs and replays, for
/// the admin API and the 事件推送 pages alike. An admin reaches the subscriptions of their subtree.
/// </summary>
internal sealed class WebhookAdministration(PlatformDbContext db, ICurrentUser admin, TimeProvider clock, IDataProtectionProvider protection, WebhookSignal signal)
{
    public async Task<List<SubscriptionResponse>> List(CancellationToken ct)
    {
        var rows = await Visible().OrderBy(s => s.CreatedAtUtc).ToListAsync(ct);
        return await Responses(rows, ct);
    }

    public async Task<SubscriptionResponse> Get(Guid id, CancellationToken ct) => (await Responses([await Find(id, ct)], ct))[0];

    public async Task<CreatedSubscriptionResponse> Create(SubscriptionRequest request, CancellationToken ct)
    {
        var organisation = request.OrganisationId ?? admin.OrganisationId ?? throw new RequestRejectedException("organisationId", Text.Get("RequiredField"));
        if (!admin.CanAccess(organisation)) throw new RequestRejectedException("organisationId", PlatformText.Get("Webhooks.OrganisationOutOfReach"));
        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription
        {
            OrganisationId = organisation,
            Url = request.Url!.Trim(),
            Description = request.Description!.Trim(),
            EventTypes = string.Join(' ', request.EventTypes!.Distinct()),
            ProtectedSecret = protection.CreateProtector(WebhookSubscription.SecretPurpose).Protect(secret),
            OwnerId = admin.UserId ?? Guid.Empty,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return new CreatedSubscriptionResponse((await Responses([subscription], ct))[0], secret);
    }

    public async Task<SubscriptionResponse> Change(Guid id, SubscriptionRequest request, CancellationToken ct)
    {
        var subscription = await Current(id, request.Version, ct);
        if (request.OrganisationId is { } organisation && organisation != subscription.OrganisationId)
        {
            if (!admin.CanAccess(organisation)) throw new RequestRejectedException("organisationId", PlatformText.Get("Webhooks.OrganisationOutOfReach"));
            subscription.OrganisationId = organisation;
        }
        subscription.Url = request.Url!.Trim();
        subscription.Description = request.Description!.Trim();
        subscription.EventTypes = string.Join(' ', request.EventTypes!.Distinct());
        await db.SaveChangesAsync(ct);
        return await Get(id, ct);
    }

    public async Task<SubscriptionResponse> Pause(Guid id, CancellationToken ct)
    {
        var subscription = await Find(id, ct, tracked: true);
        subscription.PausedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await Get(id, ct);
    }

    /// <summary>Sends again, starting with what waited while it was paused; the failure count starts again.</summary>
    public async Task<SubscriptionResponse> Resume(Guid id, CancellationToken ct)
    {
        var subscription = await Find(id, ct, tracked: true);
        subscription.PausedAtUtc = null;
        subscription.FailuresInARow = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        // One batch: the set-based update and the subscription's save commit together under one turn at the write gate.
        await using (var batch = await db.BeginWriteBatch(ct))
        {
            await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == DeliveryStatus.Pending && d.NextAttemptAtUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAtUtc, now), ct);
            await db.SaveChangesAsync(ct);
            await batch.Commit(ct);
        }
        signal.Queued();
        return await Get(id, ct);
    }

    public async Task Remove(Guid id, CancellationToken ct)
    {
        var subscription = await Find(id, ct, tracked: true);
        db.WebhookSubscriptions.Remove(subscription);
        await using var batch = await db.BeginWriteBatch(ct);
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await batch.Commit(ct);
    }

    public async Task<PagedList<DeliveryResponse>> Deliveries(Guid id, DeliveryStatus? status, int page, int pageSize, CancellationToken ct)
    {
        await Find(id, ct);
        var rows = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (status is { } wanted) rows = rows.Where(d => d.Status == wanted);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(d => d.Sequence).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<DeliveryResponse>(items.Select(Response).ToList(), total, page, pageSize);
    }

    /// <summary>A failed delivery is queued again with a fresh retry period; one still pending is sent now.</summary>
    public async Task<DeliveryResponse> Replay(Guid id, Guid deliveryId, CancellationToken ct)
    {
        await Find(id, ct);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.SubscriptionId == id && d.Id == deliveryId, ct)
            ?? throw new RequestRejectedException("deliveryId", PlatformText.Get("Webhooks.UnknownDelivery"), 404);
        if (delivery.Status == DeliveryStatus.Delivered)
            throw new RuleViolationException("deliveryId", PlatformText.Get("Webhooks.AlreadyDelivered"));
        var now = clock.GetUtcNow().UtcDateTime;
        delivery.Status = DeliveryStatus.Pending;
        delivery.NextAttemptAtUtc = now;
        delivery.RetryingSinceUtc = now;
        await db.SaveChangesAsync(ct);
        signal.Queued();
        return Response(delivery);
    }

    private IQueryable<WebhookSubscription> Visible()
    {
        var rows = db.WebhookSubscriptions.AsNoTracking();
        if (admin.SeesEverything) return rows;
        var visible = admin.VisibleOrganisationIds;
        return rows.Where(s => visible.Contains(s.OrganisationId));
    }

    private async Task<WebhookSubscription> Find(Guid id, CancellationToken ct, bool tracked = false)
    {
        var rows = tracked ? db.WebhookSubscriptions.AsTracking() : db.WebhookSubscriptions.AsNoTracking();
        var found = await rows.FirstOrDefaultAsync(s => s.Id == id, ct);
        return found is not null && admin.CanAccess(found.OrganisationId)
            ? found
            : throw new RequestRejectedException("id", PlatformText.Get("Webhooks.UnknownSubscription"), 404);
    }

    private async Task<WebhookSubscription> Current(Guid id, int? version, CancellationToken ct)
    {
        if (version is null) throw new RequestRejectedException("version", Text.Get("SendVersion"));
        var subscription = await Find(id, ct, tracked: true);
        if (subscription.Version != version)
            throw new RequestRejectedException("version", Text.Format("StaleVersion", subscription.Version, version), 409);
        return subscription;
    }

    private async Task<List<SubscriptionResponse>> Responses(IReadOnlyList<WebhookSubscription> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.SubscriptionId) && d.Status != DeliveryStatus.Delivered)
            .GroupBy(d => new { d.SubscriptionId, d.Status }).Select(g => new { g.Key.SubscriptionId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        int Count(Guid id, DeliveryStatus status) => counts.Where(c => c.SubscriptionId == id && c.Status == status).Sum(c => c.Count);
        return rows.Select(s => new SubscriptionResponse(s.Id, s.OrganisationId, s.Url, s.Description, s.Types, s.IsPaused, s.PausedAtUtc,
            s.FailuresInARow, s.CreatedAtUtc, s.Version, Count(s.Id, DeliveryStatus.Pending), Count(s.Id, DeliveryStatus.Failed))).ToList();
    }

    private static DeliveryResponse Response(WebhookDelivery d) => new(d.Id, d.EventId, d.EventType, d.RecordKey,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.Status.ToString()), d.Attempts, d.CreatedAtUtc,
        d.Status == DeliveryStatus.Pending ? d.NextAttemptAtUtc : null, d.DeliveredAtUtc, d.LastStatusCode, d.LastLatencyMs, d.LastAnswer);
}
