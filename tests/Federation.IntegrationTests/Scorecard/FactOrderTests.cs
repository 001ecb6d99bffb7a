using System.Net;
using Autofac;
using Federation.Host.Messaging;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Federation.Scorecard.Contracts;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>Events may arrive late or out of order (a retried row, a replay): the scorecard keeps the newest state.</summary>
public sealed class FactOrderTests
{
    [Fact]
    public async Task An_older_snapshot_arriving_after_a_newer_one_and_a_late_event_after_a_removal_change_nothing()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var organisation = (await (await admin.GetAsync("/api/auth/me")).Body()).GetProperty("organisationId").GetGuid();
        var delivery = factory.Services.GetRequiredService<ILifetimeScope>().Resolve<InProcessDelivery>();
        var id = Guid.NewGuid();
        KpiFactsChanged Snapshot(decimal yuan, int version) => new("Investment", "Project", id, organisation, version,
            [new KpiFact("investment.signed-amount", new DateOnly(2034, 3, 1), yuan, Town: "石岐")]);

        await Deliver(delivery, Snapshot(500m, 2));
        await Deliver(delivery, Snapshot(100m, 1));
        (await SignedYuan(admin)).Should().Be(500m, "version 1 arrived after version 2 and must not overwrite it");

        await Deliver(delivery, new KpiFactsChanged("Investment", "Project", id, organisation, 3, []));
        await Deliver(delivery, Snapshot(900m, 2));
        (await SignedYuan(admin)).Should().Be(0m, "the removal is version 3; a later-arriving version 2 cannot bring the project back");

        var again = Snapshot(700m, 4);
        await Deliver(delivery, again);
        await Deliver(delivery, again);
        (await SignedYuan(admin)).Should().Be(700m, "the same event delivered twice counts once");
    }

    private static Task Deliver(InProcessDelivery delivery, KpiFactsChanged snapshot) =>
        delivery.DeliverAll([snapshot], CancellationToken.None);

    private static async Task<decimal> SignedYuan(HttpClient admin)
    {
        var figures = await (await admin.GetAsync("/api/scorecard/2034")).ShouldBe(HttpStatusCode.OK);
        return figures.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "investment.signed-amount")
            .GetProperty("value").GetDecimal();
    }
}
