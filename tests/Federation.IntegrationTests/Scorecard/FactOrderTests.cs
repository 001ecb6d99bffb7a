using System.Net;
using Autofac;
using Federation.Host.Messaging;
using Federation.Investment.Contracts;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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
        var delivery = factory.Services.GetRequiredService<ILifetimeScope>().Resolve<IEventDelivery>();
        var id = Guid.NewGuid();
        ProjectSnapshot Snapshot(long fen, int version) => new(id, organisation, "乱序项目", "投资方", "HK", "制造业", fen, "石岐", null,
            ProjectStage.Signed, [new StageReached(ProjectStage.Signed, new DateOnly(2034, 3, 1))], version);

        await Deliver(delivery, new ProjectCorrected(Snapshot(500_00, 2)));
        await Deliver(delivery, new ProjectStageReached(Snapshot(100_00, 1), ProjectStage.Signed, new DateOnly(2034, 3, 1)));
        (await SignedYuan(admin)).Should().Be(500m, "version 1 arrived after version 2 and must not overwrite it");

        await Deliver(delivery, new ProjectRemoved(id, organisation, 3));
        await Deliver(delivery, new ProjectCorrected(Snapshot(900_00, 2)));
        (await SignedYuan(admin)).Should().Be(0m, "the removal is version 3; a later-arriving version 2 cannot bring the project back");
    }

    private static Task Deliver<TEvent>(IEventDelivery delivery, TEvent integrationEvent) where TEvent : Kernel.Messaging.IntegrationEvent =>
        delivery.Deliver(integrationEvent, typeof(TEvent), CancellationToken.None);

    private static async Task<decimal> SignedYuan(HttpClient admin)
    {
        var figures = await (await admin.GetAsync("/api/scorecard/2034")).ShouldBe(HttpStatusCode.OK);
        return figures.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "investment.signed-amount")
            .GetProperty("value").GetDecimal();
    }
}
