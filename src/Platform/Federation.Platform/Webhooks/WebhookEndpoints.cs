using System.Globalization;
using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Webhooks;

/// <summary>
/// 事件推送 for admins and integrators holding <see cref="PlatformModule.ManageWebhooks"/>: the event types the
/// running modules offer with their payload fields, subscriptions, and each one's delivery log.
/// </summary>
internal static class WebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var webhooks = admin.MapGroup("/webhooks").WithTag("Administration: webhooks",
            "Subscriptions that post the enabled modules' events, signed, to integrators' receivers; their delivery logs and replays.");
        webhooks.MapGet("/event-types", EventTypes).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksEventTypes", "List the event types on offer",
                "The webhook event types the running modules offer (a drop-in module's too), each with the fields of its payload's data.");
        webhooks.MapGet("/", List).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksList", "List webhook subscriptions",
                "The subscriptions of the caller's organisation subtree, with their state and how many deliveries wait or failed; never their secrets.");
        webhooks.MapPost("/", Create).RequirePermission(PlatformModule.ManageWebhooks).Validate<SubscriptionRequest>()
            .Describe("adminWebhooksCreate", "Subscribe a receiver",
                "Subscribes an https receiver to event types for an organisation's subtree; the signing secret is in this answer only (201).");
        webhooks.MapGet("/{id:guid}", Get).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksGet", "Read a webhook subscription", "One subscription with its state and counts.");
        webhooks.MapPut("/{id:guid}", Change).RequirePermission(PlatformModule.ManageWebhooks).Validate<SubscriptionRequest>()
            .Describe("adminWebhooksUpdate", "Change a webhook subscription",
                "Changes the receiver, name, event types or organisation; send the version read (409 when it changed meanwhile).");
        webhooks.MapDelete("/{id:guid}", Remove).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksDelete", "Delete a webhook subscription", "Deletes the subscription with the deliveries not yet made (204).");
        webhooks.MapPost("/{id:guid}/pause", Pause).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksPause", "Pause a webhook subscription", "Stops sending; events keep being queued and are sent on resuming.");
        webhooks.MapPost("/{id:guid}/resume", Resume).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksResume", "Resume a webhook subscription",
                "Sends again, starting with what was queued meanwhile; the count of failures in a row starts again.");
        webhooks.MapGet("/{id:guid}/deliveries", Deliveries).RequirePermission(PlatformModule.ManageWebhooks)
            .Describe("adminWebhooksDeliveries", "Read a subscription's delivery log",
                "Deliveries newest first, optionally by status (pending, delivered, failed), with attempts, latency and the receiver's last answer.");
        webhooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", Replay).RequirePermission(PlatformModule.ManageWebhooks)
            .AnswersProblem(StatusCodes.Status409Conflict)
            .Describe("adminWebhooksReplay", "Send a delivery again",
                "Queues a failed (or waiting) delivery to be sent now with a fresh day of retries; a delivered one answers 409.");
    }

    internal sealed record EventTypeResponse(string Key, string Module, string Title, string TitleEn, IReadOnlyList<FieldResponse> Fields);

    internal sealed record FieldResponse(string Name, string Type, string Description);

    private static Ok<List<EventTypeResponse>> EventTypes(WebhookCatalog catalog)
    {
        var culture = CultureInfo.CurrentUICulture;
        return TypedResults.Ok(catalog.All.Select(o => new EventTypeResponse(o.Type.Key, o.Module.Name, o.Type.Title.Zh, o.Type.Title.En,
            o.Type.Fields.Select(f => new FieldResponse(f.Name, f.Type, f.Description.For(culture))).ToList())).ToList());
    }

    private static async Task<Ok<List<SubscriptionResponse>>> List(WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.List(ct));

    private static async Task<Created<CreatedSubscriptionResponse>> Create(SubscriptionRequest request, WebhookAdministration webhooks, CancellationToken ct)
    {
        var created = await webhooks.Create(request, ct);
        return TypedResults.Created($"/api/admin/webhooks/{created.Subscription.Id}", created);
    }

    private static async Task<Ok<SubscriptionResponse>> Get(Guid id, WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.Get(id, ct));

    private static async Task<Ok<SubscriptionResponse>> Change(Guid id, SubscriptionRequest request, WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.Change(id, request, ct));

    private static async Task<NoContent> Remove(Guid id, WebhookAdministration webhooks, CancellationToken ct)
    {
        await webhooks.Remove(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SubscriptionResponse>> Pause(Guid id, WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.Pause(id, ct));

    private static async Task<Ok<SubscriptionResponse>> Resume(Guid id, WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.Resume(id, ct));

    private static async Task<Ok<PagedList<DeliveryResponse>>> Deliveries(
        Guid id, string? status, int? page, int? pageSize, WebhookAdministration webhooks, CancellationToken ct)
    {
        DeliveryStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
            wanted = Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new RequestRejectedException("status", Resources.PlatformText.Get("Webhooks.UnknownStatus"));
        var (number, size) = Paging.Normalise(page, pageSize);
        return TypedResults.Ok(await webhooks.Deliveries(id, wanted, number, size, ct));
    }

    private static async Task<Ok<DeliveryResponse>> Replay(Guid id, Guid deliveryId, WebhookAdministration webhooks, CancellationToken ct) =>
        TypedResults.Ok(await webhooks.Replay(id, deliveryId, ct));
}
