using System.Diagnostics;
using System.Text;
using Federation.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Webhooks;

/// <summary>
/// One sending round: takes the first pending delivery of each record whose time has come (later
/// ones of a record wait for it), for subscriptions not paused, claims each so that another host
/// leaves it alone, posts it signed, and records the answer. Receivers are posted to in parallel,
/// each receiver's deliveries one after another.
/// </summary>
internal sealed class WebhookRound(
    PlatformDbContext db, IHttpClientFactory http, IDataProtectionProvider protection, TimeProvider clock,
    IOptions<WebhookOptions> options, WebhookPause pause)
{
    public const string Client = "webhooks";
    private const int Batch = 100;
    private const string UnreadableSecret = "not sent: the signing secret cannot be read with this host's key ring (KeyRing:Folder)";

    public async Task<int> Run(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = db.WebhookDeliveries.Where(d => d.Status == DeliveryStatus.Pending);
        var heads = pending.GroupBy(d => new { d.SubscriptionId, d.RecordKey }).Select(g => g.Min(d => d.Sequence));
        var active = db.WebhookSubscriptions.Where(s => s.PausedAtUtc == null).Select(s => s.Id);
        var due = await pending
            .Where(d => heads.Contains(d.Sequence) && active.Contains(d.SubscriptionId) && d.NextAttemptAtUtc <= now
                && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
            .OrderBy(d => d.Sequence).Select(d => d.Sequence).Take(Batch).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var claimed = await Claim(due, now, ct);
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => claimed.Contains(d.Sequence)).ToListAsync(ct);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => deliveries.Select(d => d.SubscriptionId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var outcomes = await Task.WhenAll(deliveries.GroupBy(d => d.SubscriptionId)
            .Select(group => PostAll(subscriptions[group.Key], group.OrderBy(d => d.Sequence).ToList(), ct)));
        await Record(outcomes.SelectMany(o => o).ToList(), ct);
        foreach (var ofOneSubscription in outcomes.Where(o => o.Count > 0))
            await pause.Count(ofOneSubscription[0].Subscription.Id, ofOneSubscription.Select(o => o.Succeeded).ToList(), ct);
        return deliveries.Count;
    }

    private async Task<List<long>> Claim(List<long> due, DateTime now, CancellationToken ct)
    {
        var until = now + options.Value.Timeout * 3;
        var claimed = new List<long>();
        await db.InBulkTransaction(async token =>
        {
            foreach (var sequence in due)
                if (await db.WebhookDeliveries.Where(d => d.Sequence == sequence && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
                        .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntilUtc, until), token) == 1)
                    claimed.Add(sequence);
        }, ct);
        return claimed;
    }

    private async Task<List<PostOutcome>> PostAll(WebhookSubscription subscription, List<WebhookDelivery> deliveries, CancellationToken ct)
    {
        string secret;
        try
        {
            secret = protection.CreateProtector(WebhookSubscription.SecretPurpose).Unprotect(subscription.ProtectedSecret);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The key ring was replaced (KeyRing:Folder lost or moved): nothing can be signed until it is back or the subscription is made anew.
            return deliveries.Select(d => new PostOutcome(subscription, d, false, null, 0, UnreadableSecret)).ToList();
        }
        var outcomes = new List<PostOutcome>();
        foreach (var delivery in deliveries) outcomes.Add(await Post(subscription, secret, delivery, ct));
        return outcomes;
    }

    private async Task<PostOutcome> Post(WebhookSubscription subscription, string secret, WebhookDelivery delivery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Federation-Event", delivery.EventType);
        request.Headers.Add("X-Federation-Event-Id", delivery.EventId.ToString());
        request.Headers.Add("X-Federation-Delivery", delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.For(secret, clock.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var answer = await response.Content.ReadAsStringAsync(timeout.Token);
            return new PostOutcome(subscription, delivery, response.IsSuccessStatusCode, (int)response.StatusCode, (int)watch.ElapsedMilliseconds, answer);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new PostOutcome(subscription, delivery, false, null, (int)watch.ElapsedMilliseconds, $"timeout after {options.Value.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException failure)
        {
            return new PostOutcome(subscription, delivery, false, null, (int)watch.ElapsedMilliseconds, failure.Message);
        }
    }

    /// <summary>Every answer of the round written back in one save.</summary>
    private async Task Record(List<PostOutcome> outcomes, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sequences = outcomes.Select(o => o.Delivery.Sequence).ToList();
        var rows = await db.WebhookDeliveries.AsTracking().Where(d => sequences.Contains(d.Sequence)).ToDictionaryAsync(d => d.Sequence, ct);
        foreach (var outcome in outcomes)
        {
            var delivery = rows[outcome.Delivery.Sequence];
            delivery.Attempts++;
            delivery.ClaimedUntilUtc = null;
            delivery.LastStatusCode = outcome.StatusCode;
            delivery.LastLatencyMs = outcome.LatencyMs;
            delivery.LastAnswer = outcome.Answer.Length <= WebhookDelivery.AnswerLength ? outcome.Answer : outcome.Answer[..WebhookDelivery.AnswerLength];
            if (outcome.Succeeded)
            {
                delivery.Status = DeliveryStatus.Delivered;
                delivery.DeliveredAtUtc = now;
            }
            else if (now - delivery.RetryingSinceUtc >= options.Value.RetryFor)
                delivery.Status = DeliveryStatus.Failed;
            else
                delivery.NextAttemptAtUtc = now + WaitBefore(delivery.Attempts);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The wait before retry <paramref name="attempts"/> + 1: doubling from the first, up to the longest.</summary>
    internal TimeSpan WaitBefore(int attempts)
    {
        var first = options.Value.FirstRetryAfter;
        var doubled = first * Math.Pow(2, Math.Min(attempts - 1, 30));
        return doubled < options.Value.LongestWait ? doubled : options.Value.LongestWait;
    }

    private sealed record PostOutcome(WebhookSubscription Subscription, WebhookDelivery Delivery, bool Succeeded, int? StatusCode, int LatencyMs, string Answer);
}
