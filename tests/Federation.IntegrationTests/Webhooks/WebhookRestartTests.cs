using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Webhooks;

/// <summary>Deliveries are rows in the database, not work in memory: a host stopped while its receiver is down sends them after it starts again.</summary>
[Trait("Category", "Sqlite")] // Two hosts in turn on one SQLite file.
public sealed class WebhookRestartTests
{
    [Fact]
    public async Task What_was_queued_while_the_receiver_was_down_is_delivered_by_the_next_host_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "federation-tests", $"webhook-restart-{Guid.NewGuid():N}");
        var database = Path.Combine(folder, "federation.db");
        // The secret is kept encrypted with the key ring, which outlives a host like the database does.
        var keys = Path.Combine(folder, "keys");
        await using var receiver = await WebhookReceiver.Start();
        receiver.Otherwise = 503;
        Guid subscription;
        using (var first = WebhookDeliveryTests.Factory().With("Store:SqlitePath", database).With("KeyRing:Folder", keys).With("Webhooks:PauseAfterFailures", "1000"))
        {
            var admin = await first.Admin();
            subscription = (await WebhookDeliveryTests.Subscribe(admin, receiver.Url(), "investment.project-stage-reached")).Id;
            await EnterpriseRequests.Created(admin, "/api/investment/projects", InvestmentRequests.Project());
            await Eventually.Within(TimeSpan.FromSeconds(30), () => WebhookDeliveryTests.Deliveries(admin, subscription), d => d.Count == 1 && d[0].GetProperty("attempts").GetInt32() >= 1);
        }

        receiver.Otherwise = 200;
        using var second = WebhookDeliveryTests.Factory().With("Store:SqlitePath", database).With("KeyRing:Folder", keys);
        var again = await second.Admin();
        var delivered = await Eventually.Within(TimeSpan.FromSeconds(30), () => WebhookDeliveryTests.Deliveries(again, subscription, "delivered"), d => d.Count == 1);
        receiver.Requests.Where(r => r.Path == "/hooks").Select(r => r.EventId).Distinct().Should().ContainSingle("one event, however many attempts");
        receiver.Requests.Last().EventId.Should().Be(delivered[0].GetProperty("eventId").GetString());
    }
}
