using System.Net;
using Autofac;
using Federation.Host.Messaging;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Kpis;
using Federation.Kernel.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Federation.Scorecard.Contracts;

namespace Federation.IntegrationTests.Messaging;

/// <summary>
/// In-process delivery runs each handler over a whole batch in one transaction: a failing event
/// is undone alone, later events see earlier ones, and the inbox still counts each event once.
/// </summary>
public sealed class BatchDeliveryTests
{
    private const string Signed = "investment.signed-amount";

    [Fact]
    public async Task One_failing_event_is_reported_alone_and_the_rest_of_its_batch_is_stored()
    {
        using var factory = new FederationFactory();
        var (admin, organisation, delivery) = await Start(factory);
        var first = Snapshot(organisation, Guid.NewGuid(), 1, 300m);
        // A value the scorecard cannot store: its writer throws converting it to hundredths.
        var broken = Snapshot(organisation, Guid.NewGuid(), 1, decimal.MaxValue / 10);
        var third = Snapshot(organisation, Guid.NewGuid(), 1, 400m);

        var outcome = await delivery.Deliver([first, broken, third], CancellationToken.None);

        outcome[0].Should().BeNull();
        outcome[1].Should().BeOfType<OverflowException>("the writer's own exception is what the outbox row records");
        outcome[2].Should().BeNull();
        (await SignedYuan(admin)).Should().Be(700m, "the events around the failing one are committed");

        var again = await delivery.Deliver([first, third], CancellationToken.None);
        again.Should().AllSatisfy(failure => failure.Should().BeNull());
        (await SignedYuan(admin)).Should().Be(700m, "the inbox skips events already processed");
    }

    [Fact]
    public async Task Later_events_of_a_batch_see_the_earlier_ones_and_a_duplicate_counts_once()
    {
        using var factory = new FederationFactory();
        var (admin, organisation, delivery) = await Start(factory);
        var record = Guid.NewGuid();
        var newer = Snapshot(organisation, record, 2, 500m);
        var older = Snapshot(organisation, record, 1, 100m);
        var other = Snapshot(organisation, Guid.NewGuid(), 1, 50m);

        var outcome = await delivery.Deliver([newer, older, other, other], CancellationToken.None);

        outcome.Should().AllSatisfy(failure => failure.Should().BeNull());
        (await SignedYuan(admin)).Should().Be(550m,
            "version 1 came after version 2 in the same uncommitted batch and must not overwrite it; the repeated event counts once");
    }

    private static async Task<(HttpClient Admin, Guid Organisation, InProcessDelivery Delivery)> Start(FederationFactory factory)
    {
        var admin = await factory.Admin();
        var organisation = (await (await admin.GetAsync("/api/auth/me")).Body()).GetProperty("organisationId").GetGuid();
        return (admin, organisation, factory.Services.GetRequiredService<ILifetimeScope>().Resolve<InProcessDelivery>());
    }

    private static KpiFactsChanged Snapshot(Guid organisation, Guid record, int version, decimal yuan) =>
        new("Investment", "Project", record, organisation, version, [new KpiFact(Signed, new DateOnly(2035, 5, 1), yuan, Town: "石岐")]);

    private static async Task<decimal> SignedYuan(HttpClient admin)
    {
        var figures = await (await admin.GetAsync("/api/scorecard/2035")).ShouldBe(HttpStatusCode.OK);
        return figures.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == Signed)
            .GetProperty("value").GetDecimal();
    }
}
