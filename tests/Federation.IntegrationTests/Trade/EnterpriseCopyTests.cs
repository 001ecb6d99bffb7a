using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>
/// Trade keeps its own copy of the enterprise registry from Enterprise services' events: an order names
/// a registered seller by id and follows its renames, and every order reaches the seller's timeline in
/// Enterprise services only through the activity Trade reports.
/// </summary>
public sealed class EnterpriseCopyTests(TradeWorld world) : IClassFixture<TradeWorld>
{
    [Fact]
    public async Task A_registered_enterprise_reaches_the_copy_its_orders_reach_its_timeline_and_a_rename_reaches_its_orders()
    {
        var tag = EnterpriseRequests.Unique();
        var registered = await Register(EnterpriseRequests.Enterprise(name: $"中山市协和灯饰有限公司{tag}"));
        var code = registered.GetProperty("creditCode").GetString()!;
        var choice = await Copied($"协和灯饰有限公司{tag}", registered.Id());
        choice.GetProperty("name").GetString().Should().Be($"中山市协和灯饰有限公司{tag}");
        choice.GetProperty("creditCode").GetString().Should().Be(code);
        choice.GetProperty("town").GetString().Should().Be("火炬开发区");

        var order = await TradeRequests.Record(world.Staff, TradeRequests.Order(currency: "USD", amount: 250_000.55m, rateToYuan: 7.1m,
            orderedOn: "2024-08-21", status: "confirmed", enterpriseId: registered.Id(), buyer: "GB"));

        order.GetProperty("enterpriseName").GetString().Should().Be($"中山市协和灯饰有限公司{tag}", "the order copies the registry's name");
        order.GetProperty("creditCode").GetString().Should().Be(code);
        order.Yuan().Should().Be(1_775_003.91m);
        var items = await ReportedWhen(registered.Id(), i => i.Any(x => Source(x) == order.Id()));
        var line = items.Should().ContainSingle(i => Source(i) == order.Id()).Subject;
        line.GetProperty("workLine").GetString().Should().Be("Trade");
        line.GetProperty("amountFen").GetInt64().Should().Be(177_500_391, "the order's yuan in fen");
        line.GetProperty("on").GetString().Should().Be("2024-08-21", "the order shows on the day it was confirmed");
        line.GetProperty("title").GetString().Should().Contain("广式腊味");
        (await TradeRequests.OrderPage(world.Staff, $"?enterpriseId={registered.Id()}")).GetProperty("items").EnumerateArray()
            .Select(o => o.Id()).Should().Equal(order.Id());

        var rename = EnterpriseRequests.Enterprise(name: $"广东协和照明科技有限公司{tag}", creditCode: code);
        rename["version"] = registered.Version();
        await (await world.Admin.PutAsJsonAsync($"/api/enterprises/enterprises/{registered.Id()}", rename)).ShouldBe(HttpStatusCode.OK);

        var renamed = await Eventually.Within(TimeSpan.FromSeconds(20), () => TradeRequests.ReadOrder(world.Staff, order.Id()),
            o => o.GetProperty("enterpriseName").GetString() == $"广东协和照明科技有限公司{tag}");
        renamed.GetProperty("enterpriseName").GetString().Should().Be($"广东协和照明科技有限公司{tag}", "the order's copy of the name follows the rename");
        renamed.GetProperty("enterpriseId").GetGuid().Should().Be(registered.Id());
        (await Choices($"广东协和照明科技有限公司{tag}")).Select(c => c.Id()).Should().Equal(registered.Id());
        (await Choices($"中山市协和灯饰有限公司{tag}")).Should().BeEmpty("the copy keeps the current name");

        var unregistered = await TradeRequests.Record(world.Staff, TradeRequests.Order(currency: "EUR", amount: 80_000m, rateToYuan: 7.65m,
            orderedOn: "2024-09-02", status: "confirmed", enterpriseName: $"广东协和照明科技有限公司{tag}", buyer: "DE"));
        unregistered.GetProperty("enterpriseId").ValueKind.Should().Be(JsonValueKind.Null);
        var both = await ReportedWhen(registered.Id(), i => i.Any(x => Source(x) == unregistered.Id()));
        both.Single(i => Source(i) == unregistered.Id()).GetProperty("amountFen").GetInt64()
            .Should().Be(61_200_000, "an order from a seller typed by name shows on the enterprise of that name");
        both.Should().Contain(i => Source(i) == order.Id(), "the renamed enterprise keeps its order");

        var current = await TradeRequests.ReadOrder(world.Staff, order.Id());
        (await world.Staff.DeleteAsync($"{TradeRequests.Orders}/{order.Id()}?version={current.Version()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var left = await ReportedWhen(registered.Id(), i => i.All(x => Source(x) != order.Id()));
        left.Select(Source).Should().Equal([unregistered.Id()], "the deleted order leaves the timeline");
    }

    [Fact]
    public async Task An_order_cannot_name_an_enterprise_the_callers_branch_cannot_see_nor_one_taken_off_the_registry()
    {
        var tag = EnterpriseRequests.Unique();
        var other = await Register(EnterpriseRequests.Enterprise(world.Federation.BranchB, $"中山市粤港食品有限公司{tag}"));
        var own = await Register(EnterpriseRequests.Enterprise(world.Federation.BranchA, $"中山市广益电器有限公司{tag}"));
        await Copied($"粤港食品有限公司{tag}", other.Id());
        await Copied($"广益电器有限公司{tag}", own.Id());
        var branchA = await world.NewUser(world.Federation.BranchA, "trade-staff");

        var seen = await (await branchA.GetAsync($"{TradeRequests.Enterprises}?q={tag}")).ShouldBe(HttpStatusCode.OK);
        seen.EnumerateArray().Select(e => e.Id()).Should().Equal([own.Id()], "branch A sees only its own enterprises");
        var refused = await (await branchA.PostAsJsonAsync(TradeRequests.Orders,
            TradeRequests.Order(orderedOn: "2024-05-01", enterpriseId: other.Id()))).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(refused).Should().Equal("enterpriseId");
        (await TradeRequests.OrderPage(world.Admin, $"?enterpriseId={other.Id()}")).GetProperty("total").GetInt32().Should().Be(0);
        var accepted = await TradeRequests.Record(branchA, TradeRequests.Order(orderedOn: "2024-05-01", enterpriseId: own.Id()));
        accepted.GetProperty("organisationId").GetGuid().Should().Be(world.Federation.BranchA);

        var gone = await Register(EnterpriseRequests.Enterprise(name: $"中山市美华服装有限公司{tag}"));
        await Copied($"美华服装有限公司{tag}", gone.Id());
        (await world.Admin.DeleteAsync($"/api/enterprises/enterprises/{gone.Id()}?version={gone.Version()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Eventually.Within(TimeSpan.FromSeconds(20), () => Choices($"美华服装有限公司{tag}"), c => c.Count == 0);
        (await Choices($"美华服装有限公司{tag}")).Should().BeEmpty("an enterprise taken off the registry is no longer offered");
        var removed = await (await world.Staff.PostAsJsonAsync(TradeRequests.Orders,
            TradeRequests.Order(orderedOn: "2024-05-01", enterpriseId: gone.Id()))).ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(removed).Should().Equal("enterpriseId");
    }

    private Task<JsonElement> Register(Dictionary<string, object?> body) => EnterpriseRequests.Created(world.Admin, "/api/enterprises/enterprises", body);

    private async Task<List<JsonElement>> Choices(string q) =>
        (await (await world.Admin.GetAsync($"{TradeRequests.Enterprises}?q={Uri.EscapeDataString(q)}")).ShouldBe(HttpStatusCode.OK))
            .EnumerateArray().ToList();

    /// <summary>Waits until Trade's copy of the registry holds the enterprise and returns it as an order may name it.</summary>
    private async Task<JsonElement> Copied(string q, Guid enterpriseId)
    {
        var choices = await Eventually.Within(TimeSpan.FromSeconds(20), () => Choices(q), c => c.Any(e => e.Id() == enterpriseId));
        return choices.Should().ContainSingle(e => e.Id() == enterpriseId, "the registration reaches Trade's copy").Subject;
    }

    /// <summary>Waits until the enterprise's reported activities from Trade satisfy <paramref name="done"/> and returns them.</summary>
    private async Task<List<JsonElement>> ReportedWhen(Guid enterpriseId, Func<List<JsonElement>, bool> done) =>
        await Eventually.Within(TimeSpan.FromSeconds(20), async () =>
            (await (await world.Admin.GetAsync($"/api/enterprises/enterprises/{enterpriseId}/timeline")).ShouldBe(HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == "reported" && i.GetProperty("workLine").GetString() == "Trade").ToList(),
            done);

    private static Guid Source(JsonElement item) => item.GetProperty("sourceId").GetGuid();
}
