using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Webhooks;

/// <summary>The dropped-in work line's own event is offered to webhook subscribers, with no line of the platform naming it.</summary>
[Trait("Category", "Sqlite")] // The sample work line carries SQLite migrations only.
public sealed class DropInWebhookTests
{
    [Fact]
    public async Task A_case_of_the_dropped_in_work_line_reaches_a_subscriber_of_its_event_without_the_complainants_name()
    {
        await using var receiver = await WebhookReceiver.Start();
        using var factory = WebhookDeliveryTests.Factory().With("Modules:Folder", SampleModule.Folder);
        var admin = await factory.Admin();
        var types = await (await admin.GetAsync("/api/admin/webhooks/event-types")).ShouldBe(HttpStatusCode.OK);
        var offered = types.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "rights.case-changed");
        offered.GetProperty("module").GetString().Should().Be("RightsProtection");
        offered.GetProperty("title").GetString().Should().Be("维权个案有变化");
        var subscription = await WebhookDeliveryTests.Subscribe(admin, receiver.Url(), "rights.case-changed");

        var received = await (await admin.PostAsJsonAsync("/api/rights/cases", new
        {
            complainantName = "黄侨眷", complainantKind = "returnedOverseasChinese", category = "inheritance", matter = "遗产继承纠纷",
            town = "石岐", receivedOn = "2024-04-01", contact = "13912345678", contactConsent = true,
        })).ShouldBe(HttpStatusCode.Created);

        var request = await Eventually.Within(TimeSpan.FromSeconds(30), () => Task.FromResult(receiver.Requests.ToList()), r => r.Count == 1);
        WebhookReceiver.SignedWith(subscription.Secret, request[0]).Should().BeTrue();
        var body = JsonDocument.Parse(request[0].Body).RootElement;
        body.GetProperty("record").GetProperty("module").GetString().Should().Be("RightsProtection");
        body.GetProperty("record").GetProperty("id").GetGuid().Should().Be(received.Id());
        body.GetProperty("data").GetProperty("category").GetString().Should().Be("inheritance");
        request[0].Body.Should().NotContain("黄侨眷").And.NotContain("13912345678", "a complainant's name and phone stay behind the API");
    }
}
