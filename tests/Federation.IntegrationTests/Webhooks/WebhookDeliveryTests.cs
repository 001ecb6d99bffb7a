using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks out (ADR 0037): a subscription receives its subtree's events signed, once per event id,
/// in order per record; a receiver that fails is retried with backoff, a subscription that keeps
/// failing is paused and its owner told, and a failed delivery can be replayed.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    internal static FederationFactory Factory() => new FederationFactory()
        .With("Webhooks:AllowHttp", "true")
        .With("Webhooks:FirstRetryAfter", "00:00:00.300")
        .With("Webhooks:LongestWait", "00:00:01")
        .With("Webhooks:PollEvery", "00:00:00.200")
        .With("Webhooks:Timeout", "00:00:01")
        .With("Webhooks:PauseAfterFailures", "4");

    [Fact]
    public async Task A_project_reaching_signed_reaches_the_receiver_signed_in_order_and_only_the_subscriptions_whose_subtree_holds_it()
    {
        await using var receiver = await WebhookReceiver.Start();
        using var factory = Factory();
        var federation = await TestFederation.Create(factory);
        var root = await Subscribe(federation.Admin, receiver.Url("/root"), "investment.project-stage-reached");
        var branchAdmin = await federation.User(federation.BranchA, "admin");
        var branchA = await Subscribe(branchAdmin, receiver.Url("/branch-a"), "investment.project-stage-reached");

        var project = (await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects",
            InvestmentRequests.Project(federation.BranchB, stage: "negotiating"))).Id();
        await (await federation.Admin.PostAsJsonAsync($"/api/investment/projects/{project}/stage", new { stage = "signed", date = "2023-03-01", version = 1 }))
            .ShouldBe(HttpStatusCode.OK);

        var received = await Eventually.Within(Wait, () => Task.FromResult(receiver.Requests.Where(r => r.Path == "/root").ToList()), r => r.Count >= 2);
        received.Select(r => Data(r).GetProperty("stage").GetString()).Should().Equal(["negotiating", "signed"], "deliveries of one record keep their order");
        received.Should().OnlyContain(r => WebhookReceiver.SignedWith(root.Secret, r), "each body is signed with the subscription's secret and a fresh time");
        received.Select(r => r.EventId).Should().OnlyHaveUniqueItems();
        foreach (var request in received)
        {
            var body = JsonDocument.Parse(request.Body).RootElement;
            body.GetProperty("id").GetString().Should().Be(request.EventId, "the receiver deduplicates on the event id");
            body.GetProperty("type").GetString().Should().Be("investment.project-stage-reached").And.Be(request.EventType);
            body.GetProperty("record").GetProperty("id").GetGuid().Should().Be(project);
            body.GetProperty("organisationId").GetGuid().Should().Be(federation.BranchB);
            request.Body.Should().NotContain("港资某集团", "the investor may be a person: payloads carry no names of people");
        }
        Data(received[1]).GetProperty("amountYuan").GetDecimal().Should().Be(800_000_000m);

        await Task.Delay(1000);
        receiver.Requests.Should().NotContain(r => r.Path == "/branch-a", "branch B's project is outside branch A's subtree");
        var log = await (await federation.Admin.GetAsync($"/api/admin/webhooks/{root.Id}/deliveries")).ShouldBe(HttpStatusCode.OK);
        log.GetProperty("items").EnumerateArray().Should().HaveCount(2).And.OnlyContain(d =>
            d.GetProperty("status").GetString() == "delivered" && d.GetProperty("lastStatusCode").GetInt32() == 200 && d.GetProperty("lastAnswer").GetString() == "ok");
        (await branchAdmin.GetAsync($"/api/admin/webhooks/{root.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the root's subscription is not branch A's to see");
        (await (await branchAdmin.GetAsync("/api/admin/webhooks")).ShouldBe(HttpStatusCode.OK)).EnumerateArray().Select(s => s.Id()).Should().Equal([branchA.Id]);
    }

    [Fact]
    public async Task A_receiver_answering_500_or_too_late_is_retried_until_it_takes_the_delivery()
    {
        await using var receiver = await WebhookReceiver.Start();
        receiver.Answers.Enqueue(() => Task.FromResult(500));
        receiver.Answers.Enqueue(async () => { await Task.Delay(2500); return 200; });
        using var factory = Factory();
        var federation = await TestFederation.Create(factory);
        var subscription = await Subscribe(federation.Admin, receiver.Url(), "investment.project-stage-reached");

        await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects", InvestmentRequests.Project());

        var delivered = await Eventually.Within(Wait, () => Deliveries(federation.Admin, subscription.Id), d => d.Any(x => x.GetProperty("status").GetString() == "delivered"));
        var only = delivered.Should().ContainSingle().Subject;
        only.GetProperty("attempts").GetInt32().Should().Be(3, "a 500, a timeout, then the answer");
        receiver.Requests.Select(r => r.EventId).Distinct().Should().ContainSingle("every attempt carries the same event id");
        receiver.Requests.Should().HaveCountGreaterThanOrEqualTo(3);
        var retries = receiver.Requests.ToList();
        (retries[1].AtUtc - retries[0].AtUtc).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250), "the first retry waits");
        (await (await federation.Admin.GetAsync($"/api/admin/webhooks/{subscription.Id}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("failuresInARow").GetInt32().Should().Be(0, "a success starts the count again");
    }

    [Fact]
    public async Task A_subscription_that_keeps_failing_is_paused_its_owner_told_and_on_resuming_nothing_queued_is_lost()
    {
        await using var receiver = await WebhookReceiver.Start();
        receiver.Otherwise = 503;
        using var factory = Factory();
        var federation = await TestFederation.Create(factory);
        var subscription = await Subscribe(federation.Admin, receiver.Url(), "investment.project-stage-reached");

        var first = (await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects", InvestmentRequests.Project())).Id();
        var paused = await Eventually.Within(Wait, async () => await (await federation.Admin.GetAsync($"/api/admin/webhooks/{subscription.Id}")).Body(),
            s => s.GetProperty("paused").GetBoolean());
        paused.GetProperty("failuresInARow").GetInt32().Should().BeGreaterThanOrEqualTo(4);
        var notices = await (await federation.Admin.GetAsync("/api/notifications")).ShouldBe(HttpStatusCode.OK);
        notices.GetRawText().Should().Contain("事件推送").And.Contain($"/admin/webhooks/{subscription.Id}");

        var second = (await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects", InvestmentRequests.Project())).Id();
        var before = receiver.Requests.Count;
        await Task.Delay(1500);
        receiver.Requests.Count.Should().Be(before, "a paused subscription is sent nothing");

        receiver.Otherwise = 200;
        await (await federation.Admin.PostAsync($"/api/admin/webhooks/{subscription.Id}/resume", null)).ShouldBe(HttpStatusCode.OK);
        var done = await Eventually.Within(Wait, () => Deliveries(federation.Admin, subscription.Id), d => d.Count == 2 && d.All(x => x.GetProperty("status").GetString() == "delivered"));
        done.Select(d => d.GetProperty("recordKey").GetString()).Should().BeEquivalentTo([$"Investment/Project/{first}", $"Investment/Project/{second}"]);
    }

    [Fact]
    public async Task A_delivery_given_up_on_is_marked_failed_and_a_replay_delivers_it()
    {
        await using var receiver = await WebhookReceiver.Start();
        receiver.Otherwise = 500;
        using var factory = Factory().With("Webhooks:RetryFor", "00:00:01").With("Webhooks:PauseAfterFailures", "1000");
        var federation = await TestFederation.Create(factory);
        var subscription = await Subscribe(federation.Admin, receiver.Url(), "investment.project-stage-reached");

        await EnterpriseRequests.Created(federation.Admin, "/api/investment/projects", InvestmentRequests.Project());
        var failed = (await Eventually.Within(Wait, () => Deliveries(federation.Admin, subscription.Id, "failed"), d => d.Count == 1)).Single();
        failed.GetProperty("lastStatusCode").GetInt32().Should().Be(500);
        failed.GetProperty("lastAnswer").GetString().Should().Be("receiver trouble", "the log keeps the receiver's answer");
        (await (await federation.Admin.GetAsync($"/api/admin/webhooks/{subscription.Id}")).ShouldBe(HttpStatusCode.OK)).GetProperty("failed").GetInt32().Should().Be(1);

        receiver.Otherwise = 200;
        var id = failed.GetProperty("id").GetGuid();
        await (await federation.Admin.PostAsync($"/api/admin/webhooks/{subscription.Id}/deliveries/{id}/replay", null)).ShouldBe(HttpStatusCode.OK);
        await Eventually.Within(Wait, () => Deliveries(federation.Admin, subscription.Id, "delivered"), d => d.Count == 1);
        (await (await federation.Admin.PostAsync($"/api/admin/webhooks/{subscription.Id}/deliveries/{id}/replay", null)).ShouldBe(HttpStatusCode.Conflict))
            .GetProperty("errors").TryGetProperty("deliveryId", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_bad_subscription_is_refused_naming_the_field_and_nothing_is_kept()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);

        var types = await (await federation.Admin.GetAsync("/api/admin/webhooks/event-types")).ShouldBe(HttpStatusCode.OK);
        types.EnumerateArray().Select(t => t.GetProperty("key").GetString()).Should().Contain(["investment.project-stage-reached", "enterprises.concern-resolved", "trade.order-won"]);
        types.EnumerateArray().First(t => t.GetProperty("key").GetString() == "investment.project-stage-reached")
            .GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Contain(["projectId", "stage", "date"]);

        async Task Refused(object body, string field)
        {
            var problem = await (await federation.Admin.PostAsJsonAsync("/api/admin/webhooks", body)).ShouldBe(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        }
        await Refused(new { url = "http://receiver.example/hooks", description = "明文", eventTypes = new[] { "trade.order-won" } }, "url");
        await Refused(new { url = "https://user:pw@receiver.example/hooks", description = "口令", eventTypes = new[] { "trade.order-won" } }, "url");
        await Refused(new { url = "https://receiver.example/hooks", description = "无事件", eventTypes = Array.Empty<string>() }, "eventTypes");
        await Refused(new { url = "https://receiver.example/hooks", description = "乱写", eventTypes = new[] { "trade.order-lost" } }, "eventTypes[0]");
        await Refused(new { url = "https://receiver.example/hooks", eventTypes = new[] { "trade.order-won" } }, "description");
        (await (await federation.Admin.GetAsync("/api/admin/webhooks")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(0);

        var leader = await federation.User(federation.Root, "leadership");
        (await leader.GetAsync("/api/admin/webhooks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    internal sealed record Subscribed(Guid Id, string Secret);

    internal static async Task<Subscribed> Subscribe(HttpClient admin, string url, params string[] eventTypes)
    {
        var created = await (await admin.PostAsJsonAsync("/api/admin/webhooks", new { url, description = "测试接收端", eventTypes })).ShouldBe(HttpStatusCode.Created);
        return new Subscribed(created.GetProperty("subscription").Id(), created.GetProperty("secret").GetString()!);
    }

    internal static async Task<List<JsonElement>> Deliveries(HttpClient admin, Guid subscription, string? status = null) =>
        (await (await admin.GetAsync($"/api/admin/webhooks/{subscription}/deliveries" + (status is null ? "" : $"?status={status}"))).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();

    internal static JsonElement Data(WebhookReceiver.Received request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("data");
}
