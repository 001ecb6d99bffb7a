using Federation.Kernel.Web;
using Federation.Platform.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Admin.Webhooks;

/// <summary>
/// 事件推送: the subscriptions of the admin's subtree with their state, a form to add one (its secret
/// shown once), the event types on offer with their fields, and the chosen subscription's delivery
/// log with replay, pause and resume.
/// </summary>
[RequirePermission(PlatformModule.ManageWebhooks)]
internal sealed class IndexModel(WebhookAdministration webhooks, WebhookCatalog catalog) : PageModel
{
    private static readonly Dictionary<string, string> Inputs = new() { ["url"] = nameof(Url), ["description"] = nameof(Description), ["eventTypes"] = nameof(EventTypes) };

    [BindProperty] public new string? Url { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> EventTypes { get; set; } = [];

    public IReadOnlyList<SubscriptionResponse> Subscriptions { get; private set; } = [];
    public IReadOnlyList<OfferedWebhook> Offered => catalog.All;
    public SubscriptionResponse? Chosen { get; private set; }
    public IReadOnlyList<DeliveryResponse> Deliveries { get; private set; } = [];

    /// <summary>Set on the answer to the creation only: afterwards the secret is kept encrypted and never shown.</summary>
    public CreatedSubscriptionResponse? Created { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken ct) => await Load(id, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new SubscriptionRequest(Url, Description, EventTypes, null, null);
        if (await this.Validate(request, "", Inputs) && await this.Try("", async () => Created = await webhooks.Create(request, ct), Inputs))
        {
            ModelState.Clear();
            (Url, Description, EventTypes) = (null, null, []);
        }
        await Load(Created?.Subscription.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPauseAsync(Guid id, CancellationToken ct)
    {
        await webhooks.Pause(id, ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken ct)
    {
        await webhooks.Resume(id, ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReplayAsync(Guid id, Guid deliveryId, CancellationToken ct)
    {
        await webhooks.Replay(id, deliveryId, ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        await webhooks.Remove(id, ct);
        return RedirectToPage(new { id = (Guid?)null });
    }

    public string TitleOf(string key) => Offered.FirstOrDefault(o => o.Type.Key == key)?.Type.Title.For(System.Globalization.CultureInfo.CurrentUICulture) ?? key;

    private async Task Load(Guid? id, CancellationToken ct)
    {
        Subscriptions = await webhooks.List(ct);
        Chosen = Subscriptions.FirstOrDefault(s => s.Id == id);
        if (Chosen is not null) Deliveries = (await webhooks.Deliveries(Chosen.Id, null, 1, 50, ct)).Items;
    }
}
