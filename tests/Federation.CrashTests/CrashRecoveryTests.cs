using System.Diagnostics;
using Federation.CrashTests.Checks;
using Federation.CrashTests.Hosting;
using Federation.CrashTests.Store;
using Federation.CrashTests.Workload;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Federation.CrashTests;

/// <summary>
/// Kills the real host with SIGKILL while clients write, again and again on one database, then
/// checks on disk that every acknowledged write survived and that the outbox, the dispatcher and
/// the inbox turned each committed write into exactly one set of audit rows.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cycles = 6;
    private const int Clients = 4;
    private static readonly TimeSpan AimWithin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DrainWithin = TimeSpan.FromSeconds(30);

    private readonly CrashWorkspace workspace = new();
    private bool passed;

    [Fact]
    public async Task Every_committed_write_is_audited_exactly_once_across_repeated_SIGKILLs()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"Seed {seed}; data and host logs in {workspace.Root}");
        var clock = Stopwatch.StartNew();
        var installation = workspace.Install();
        var database = workspace.Database;
        var tally = new WriteTally();
        var awaitingRedelivery = 0;

        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            var host = await workspace.StartHost(installation, AdminSession.Password, $"host-{cycle}");
            var (sentBefore, acknowledgedBefore) = (tally.Sent, tally.Acknowledged);
            var writeFor = TimeSpan.FromMilliseconds(random.Next(300, 1500));
            string aim;
            using (var writers = await LedgerWriters.SignIn(host.BaseAddress, AdminSession.Password))
            {
                aim = await KillUnderLoad.Run(host, writers.FirstAcknowledged, stop => writers.Run(Clients, tally, random.Next(), stop), () => tally.Refused,
                    async () =>
                    {
                        await Task.Delay(writeFor);
                        // Odd cycles kill at a random moment; even ones also wait for the dispatcher to be
                        // between delivering audit events and marking them sent, so a redelivery is certain
                        // to test the inbox even on a machine where that window is rarely hit by chance.
                        return cycle % 2 == 0
                            ? (await OutboxProbe.RedeliveryWindowSeen(database, StoreSnapshot.AuditConsumer, AimWithin) ? "aimed at" : "missed")
                            : "random, not aimed at";
                    });
            }
            await workspace.StopHost();

            var afterCrash = StoreSnapshot.Read(database);
            awaitingRedelivery += afterCrash.AwaitingRedelivery;
            output.WriteLine($"Cycle {cycle}: killed {writeFor.TotalMilliseconds:0} ms after the first acknowledged write, {aim} the redelivery window; " +
                $"{tally.Sent - sentBefore} writes sent, " +
                $"{tally.Acknowledged - acknowledgedBefore} acknowledged; {afterCrash.Outbox.Count(o => !o.Sent)} outbox rows unsent, " +
                $"{afterCrash.AwaitingRedelivery} of them already in the audit log");
        }

        var finalLog = (await workspace.StartHost(installation, AdminSession.Password, "host-final")).LogPath;
        var draining = Stopwatch.StartNew();
        var unsent = await OutboxProbe.UnsentAfterDraining(database, DrainWithin);
        output.WriteLine($"Outboxes drained to {unsent} unsent rows in {draining.Elapsed.TotalSeconds:0.0} s after the final start");
        await workspace.StopHost();
        var store = StoreSnapshot.Read(database);
        output.WriteLine($"Total: {tally.Sent} writes sent, {tally.Acknowledged} acknowledged; {store.Projects.Count} projects, " +
            $"{store.Stages.Count} stage rows, {store.Audit.Count} audit rows; {awaitingRedelivery} audit events redelivered after a kill; " +
            $"{clock.Elapsed.TotalSeconds:0.0} s");

        // Every broken invariant is reported together: which ones fail says what kind of bug it is.
        using (new AssertionScope())
        {
            unsent.Should().Be(0, "the restarted host should deliver every outbox row within {0} (log {1}); left: {2}",
                DrainWithin, finalLog, OutboxProbe.Describe(store.Outbox.Where(o => !o.Sent)));
            tally.Refused.Should().BeEmpty("every write sent to a running host is valid and should succeed");
            tally.Created.Should().NotBeEmpty("the clients should have had time to write before the first kill");
            awaitingRedelivery.Should().BePositive(
                "some kill should land between an audit event reaching the log and its outbox row being marked sent; " +
                "without such a redelivery the inbox was not put to the test");

            NothingAcknowledgedIsLost(tally, store);
            EachProjectIsAuditedOncePerWrite(store);
            AuditChecks.EachAuditEventIsConsumedExactlyOnce(store);
        }
        passed = true;
    }

    private static void NothingAcknowledgedIsLost(WriteTally tally, StoreSnapshot store)
    {
        var projects = store.Projects.ToHashSet();
        tally.Created.Where(id => !projects.Contains(id)).Should()
            .BeEmpty("a project answered with 201 was committed and must survive a crash");

        var stages = store.Stages.Select(s => (s.ProjectId, Stage: s.Stage.ToLowerInvariant())).ToHashSet();
        tally.StagesReached.Where(s => !stages.Contains((s.ProjectId, s.Stage.ToLowerInvariant()))).Should()
            .BeEmpty("a stage answered with 200 was committed and must survive a crash");
    }

    private static void EachProjectIsAuditedOncePerWrite(StoreSnapshot store)
    {
        var projectAudit = store.Audit.Where(a => a.EntityType == "Project").ToList();
        var stagesPerProject = store.Stages.GroupBy(s => s.ProjectId).ToDictionary(g => g.Key, g => g.Count());

        // Entering a project writes it and its first stage; each advance modifies it and adds a stage.
        var misaudited = store.Projects.Select(id => new
        {
            Project = id,
            Added = projectAudit.Count(a => a.Action == "Added" && a.EntityGuid == id),
            Modified = projectAudit.Count(a => a.Action == "Modified" && a.EntityGuid == id),
            Stages = stagesPerProject.GetValueOrDefault(id),
        }).Where(p => p.Added != 1 || p.Modified != p.Stages - 1).Take(10).ToList();
        misaudited.Should().BeEmpty("each project should have one Added audit row and one Modified row per stage after the first");

        var projects = store.Projects.ToHashSet();
        projectAudit.Where(a => a.EntityGuid is not { } id || !projects.Contains(id)).Take(10).Should()
            .BeEmpty("a write that rolled back, or was never made, must leave no audit row");

        store.Audit.Count(a => a.EntityType == "ProjectStageChange" && a.Action == "Added").Should()
            .Be(store.Stages.Count, "every stage row was written by exactly one audited write");

    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => workspace.Close(passed, output);
}
