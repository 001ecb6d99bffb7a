using Autofac;
using Federation.Enterprises.Contracts;
using Federation.Host.Messaging;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Scorecard.Contracts;
using Federation.Scorecard.Data;
using Federation.Scorecard.Facts;
using Federation.Trade.Data;
using Federation.Trade.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Messaging;

/// <summary>
/// Two snapshots of one record handled at the same moment, as consumers competing on one broker
/// queue (or several hosts) handle them: the newer always ends up kept, and the older never
/// overwrites it. PostgreSQL only: SQLite's one writer handles one at a time.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ConcurrentSnapshotTests
{
    private const int Rounds = 25;

    [Fact]
    public async Task The_scorecard_keeps_the_newest_of_two_snapshots_of_a_record_taken_at_once()
    {
        var database = "fedrace_" + Guid.NewGuid().ToString("N");
        try
        {
            using var factory = OnPostgres(database);
            var root = factory.Services.GetRequiredService<ILifetimeScope>();
            for (var round = 0; round < Rounds; round++)
            {
                var record = Guid.NewGuid();
                KpiFactsChanged Snapshot(int version, decimal amount) => new("Test", "Order", record, Guid.NewGuid(), version,
                    amount == 0 ? [] : [new KpiFact("trade.order-amount", new DateOnly(2039, 1, 1), amount)]);
                await Deliver<ScorecardDbContext, KpiFactsWriter, KpiFactsChanged>(root, Snapshot(1, 0));

                await Task.WhenAll(
                    Deliver<ScorecardDbContext, KpiFactsWriter, KpiFactsChanged>(root, Snapshot(2, 200)),
                    Deliver<ScorecardDbContext, KpiFactsWriter, KpiFactsChanged>(root, Snapshot(3, 300)));

                await using var scope = root.BeginSystemScope();
                var kept = await scope.Resolve<ScorecardDbContext>().KpiRecords.AsNoTracking().Include(r => r.Facts).SingleAsync(r => r.Id == record);
                kept.Version.Should().Be(3, "round {0}", round);
                kept.Facts.Select(f => f.ValueHundredths).Should().Equal([30_000L], "only the newest snapshot's facts count (round {0})", round);
            }
        }
        finally
        {
            TestStore.Drop(database);
        }
    }

    [Fact]
    public async Task A_module_s_copy_of_another_s_record_keeps_the_newest_of_two_snapshots_taken_at_once()
    {
        var database = "fedrace_" + Guid.NewGuid().ToString("N");
        try
        {
            using var factory = OnPostgres(database);
            var root = factory.Services.GetRequiredService<ILifetimeScope>();
            for (var round = 0; round < Rounds; round++)
            {
                var enterprise = Guid.NewGuid();
                EnterpriseChanged Snapshot(int version) => new(new EnterpriseSnapshot(enterprise, Guid.NewGuid(), $"名称{version}", [],
                    "91442000MA4UXXXX" + version.ToString("00"), "黄圃", "五金", null, true, version), false);
                await Deliver<TradeDbContext, EnterpriseCopyWriter, EnterpriseChanged>(root, Snapshot(1));

                await Task.WhenAll(
                    Deliver<TradeDbContext, EnterpriseCopyWriter, EnterpriseChanged>(root, Snapshot(2)),
                    Deliver<TradeDbContext, EnterpriseCopyWriter, EnterpriseChanged>(root, Snapshot(3)));

                await using var scope = root.BeginSystemScope();
                var kept = await scope.Resolve<TradeDbContext>().Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterprise);
                (kept.Version, kept.Name).Should().Be((3, "名称3"), "round {0}", round);
            }
        }
        finally
        {
            TestStore.Drop(database);
        }
    }

    private static FederationFactory OnPostgres(string database) => new FederationFactory()
        .With("Store:Provider", "Postgres").With("Store:Postgres", TestStore.DatabaseFor(database)).With("Messaging:Transport", "InMemory");

    /// <summary>Runs the handler behind its inbox as the broker's consumer does, and again after a failure, as the broker's retry does.</summary>
    private static async Task Deliver<TContext, THandler, TEvent>(ILifetimeScope root, TEvent integrationEvent)
        where TContext : ModuleDbContext
        where THandler : IIntegrationEventHandler<TEvent>
        where TEvent : IntegrationEvent
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = root.BeginSystemScope();
            var handler = scope.Resolve<THandler>();
            var outcome = await Inbox.Process(scope.Resolve<TContext>(), InboxConsumerName.Of(typeof(THandler)),
                scope.Resolve<Federation.Kernel.Telemetry.ConsumerLag>(), (e, ct) => handler.Handle((TEvent)e, ct), [integrationEvent], CancellationToken.None);
            if (outcome[0] is null) return;
            if (attempt == 5) throw new InvalidOperationException("Still failing after five attempts", outcome[0]);
        }
    }
}
