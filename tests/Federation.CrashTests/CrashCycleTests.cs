using System.Diagnostics;
using Federation.CrashTests.Checks;
using Federation.CrashTests.Hosting;
using Federation.CrashTests.Store;
using Federation.CrashTests.Workload;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Federation.CrashTests;

/// <summary>
/// A mixed write load across all four work lines while the real host is SIGKILLed at random points,
/// cycle after cycle on one database. After every restart, once the outboxes are drained, every
/// work line's rows are compared with the harness's tally of acknowledged writes, every scorecard
/// figure with the harness's own count from those rows, and the audit log with the writes: zero
/// lost, zero counted twice. Short by default; <see cref="CrashCycleSettings"/> makes it long.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashCycleTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A fresh host compiles each endpoint on its first call, so the first writes of a cycle are slow;
    // the kill's random moment is counted from when this many writes of the cycle have been acknowledged.
    private const int AcknowledgedBeforeKill = 12;
    private static readonly TimeSpan AimWithin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DrainWithin = TimeSpan.FromSeconds(30);

    // The periods the scorecard is read for: the load's dates run from late 2022 into 2024.
    private static readonly (string Label, DateOnly From, DateOnly To)[] Periods =
    [
        ("2022", new(2022, 1, 1), new(2022, 12, 31)),
        ("2023", new(2023, 1, 1), new(2023, 12, 31)),
        ("2023 Q2", new(2023, 4, 1), new(2023, 6, 30)),
        ("2024", new(2024, 1, 1), new(2024, 12, 31)),
        ("2022-2024", new(2022, 1, 1), new(2024, 12, 31)),
    ];

    private readonly CrashWorkspace workspace = new();
    private bool passed;

    [Fact]
    public async Task Every_acknowledged_write_and_every_scorecard_figure_survive_SIGKILLs_under_a_mixed_load()
    {
        var settings = CrashCycleSettings.FromEnvironment();
        var random = new Random(settings.Seed);
        output.WriteLine($"Seed {settings.Seed} (repeat with {CrashCycleSettings.SeedVariable}={settings.Seed}); " +
            $"up to {settings.Cycles} cycles{(settings.Budget is { } budget ? $" within {budget.TotalMinutes:0} min" : "")}, " +
            $"{settings.Clients} clients; data and host logs in {workspace.Root}");
        var clock = Stopwatch.StartNew();
        var installation = workspace.Install();
        var database = workspace.Database;
        var tally = new RecordTally();
        var run = new CycleRecord();

        var cycle = 1;
        for (; settings.AnotherCycle(cycle, clock.Elapsed); cycle++)
        {
            var starting = Stopwatch.StartNew();
            var host = await workspace.StartHost(installation, AdminSession.Password, $"host-{cycle}");
            var started = starting.Elapsed;
            await VerifyAfterRestart(database, tally, $"Before cycle {cycle}");
            var verified = starting.Elapsed - started;
            var (sentBefore, acknowledgedBefore) = (tally.Sent, tally.Acknowledged);
            var writeFor = TimeSpan.FromMilliseconds(random.Next(300, 1500));
            var aim = Aim(cycle);
            string aimed;
            using (var writers = await MixedWriters.SignIn(host.BaseAddress, AdminSession.Password))
            {
                aimed = await KillUnderLoad.Run(host, writers.FirstAcknowledged, stop => writers.Run(settings.Clients, tally, random.Next(), stop), () => tally.Refused,
                    async () =>
                    {
                        await AtLeastAcknowledged(tally, acknowledgedBefore + AcknowledgedBeforeKill);
                        await Task.Delay(writeFor);
                        if (aim is null) return "random";
                        return await OutboxProbe.RedeliveryWindowSeen(database, aim, AimWithin)
                            ? $"aimed at {Short(aim)}"
                            : $"{Short(aim)} not seen in {AimWithin.TotalSeconds:0} s";
                    });
            }
            await workspace.StopHost();

            var afterCrash = StoreSnapshot.Read(database);
            var (audit, scorecard) = (afterCrash.AwaitingRedeliveryTo(StoreSnapshot.AuditConsumer), afterCrash.AwaitingRedeliveryTo(StoreSnapshot.ScorecardConsumer));
            run.Redeliveries(audit, scorecard);
            // The dispatcher may mark the row sent between the probe and the kill: only what is left on disk counts as a hit.
            if (aim is not null) run.Aimed(hit: afterCrash.AwaitingRedeliveryTo(aim) > 0);
            output.WriteLine($"Cycle {cycle}: host up in {started.TotalSeconds:0.0} s, checked in {verified.TotalSeconds:0.0} s, then killed {writeFor.TotalMilliseconds:0} ms after the cycle's {AcknowledgedBeforeKill}th acknowledged write ({aimed}); " +
                $"{tally.Sent - sentBefore} writes sent, {tally.Acknowledged - acknowledgedBefore} acknowledged; " +
                $"{afterCrash.Outbox.Count(o => !o.Sent)} outbox rows unsent, of which already consumed: {audit} by the audit, {scorecard} by the scorecard");
        }

        await workspace.StartHost(installation, AdminSession.Password, "host-final");
        var final = await VerifyAfterRestart(database, tally, "After the last cycle");
        await workspace.StopHost();

        output.WriteLine($"Total: {cycle - 1} cycles, {tally.Sent} writes sent, {tally.Acknowledged} acknowledged, {tally.Unknown} left without an answer " +
            $"({final.DoubtfulFound} of them committed, {final.DoubtfulMissing} not); {tally.Records.Count} records; " +
            $"kills aimed at a redelivery window {run.AimedKills} ({run.AimsHit} left an event consumed but not marked sent); events awaiting redelivery after a kill: " +
            $"{run.AuditRedeliveries} audit, {run.ScorecardRedeliveries} scorecard; {clock.Elapsed.TotalSeconds:0.0} s");

        using (new AssertionScope())
        {
            tally.Refused.Should().BeEmpty("every write sent to a running host is valid and should succeed");
            tally.Records.Where(r => r.Acknowledged is not null).Select(r => r.Kind).Should()
                .Contain([RecordKind.Project, RecordKind.Talent, RecordKind.Enterprise, RecordKind.Order],
                    "the clients should have written to all four work lines");
            (run.AuditRedeliveries + run.ScorecardRedeliveries).Should().BePositive(
                "some kill should land between an event being consumed and its outbox row being marked sent; " +
                "without such a redelivery the inboxes were not put to the test");
        }
        passed = true;
    }

    /// <summary>Even cycles wait for a consumer's redelivery window before the kill, alternating scorecard and audit.</summary>
    private static string? Aim(int cycle) => (cycle % 4) switch
    {
        2 => StoreSnapshot.ScorecardConsumer,
        0 => StoreSnapshot.AuditConsumer,
        _ => null,
    };

    private static string Short(string consumer) => consumer == StoreSnapshot.ScorecardConsumer ? "the scorecard's window" : "the audit's window";

    /// <summary>
    /// Waits for the outboxes to drain, then compares everything on disk and the scorecard the host
    /// serves. Each comparison fails at once with every broken invariant listed together.
    /// </summary>
    private async Task<RecordsAgainstTally> VerifyAfterRestart(string database, RecordTally tally, string when)
    {
        var unsent = await OutboxProbe.UnsentAfterDraining(database, DrainWithin);
        var host = workspace.Host!;
        var store = StoreSnapshot.Read(database);
        var lines = WorkLineStore.Read(database);
        var records = RecordsAgainstTally.Compare(tally, lines);
        var figures = new List<string>();
        using (var reader = await AdminSession.SignIn(host.BaseAddress, AdminSession.Password))
        {
            foreach (var (label, from, to) in Periods)
                figures.AddRange(HostScorecard.Differences(label, await HostScorecard.Read(reader, from, to), IndependentScorecard.Count(lines, from, to)));
        }
        var behind = CountedRecordsBehind(lines).ToList();

        using (new AssertionScope(when))
        {
            unsent.Should().Be(0, "the restarted host should deliver every outbox row within {0} (log {1}); left: {2}",
                DrainWithin, host.LogPath, OutboxProbe.Describe(store.Outbox.Where(o => !o.Sent)));
            records.Problems.Should().BeEmpty("every acknowledged write must be on disk as acknowledged, and nothing never sent");
            lines.UnwrittenCounts.Where(c => c.Value != 0).Should().BeEmpty("the load writes none of these records, so their figures must be zero");
            figures.Should().BeEmpty("every scorecard figure must equal the count of the source rows on disk: none lost, none counted twice");
            behind.Should().BeEmpty("the scorecard should have taken in the newest version of every counted record");
            AuditChecks.EachAuditEventIsConsumedExactlyOnce(store);
            AuditChecks.EachRecordIsAuditedOncePerVersion(store, lines);
        }
        output.WriteLine($"{when}: {lines.Records.Count} records and {Periods.Length} periods of the scorecard agree with the tally and the rows " +
            $"({records.DoubtfulFound} writes cut off by kills were committed, {records.DoubtfulMissing} were not)");
        return records;
    }

    /// <summary>Counted records whose newest version the scorecard has not recorded, or recorded ahead of the record.</summary>
    private static IEnumerable<string> CountedRecordsBehind(WorkLineStore lines) =>
        lines.Records.Where(r => r.Kind is RecordKind.Project or RecordKind.Letter or RecordKind.Visit or RecordKind.Concern or RecordKind.Order)
            .Where(r => lines.ScorecardVersions.GetValueOrDefault(r.Id) != r.Version)
            .Select(r => $"{r.Kind} {r.Marker}: version {r.Version} on disk, {lines.ScorecardVersions.GetValueOrDefault(r.Id)} on the scorecard");

    private static async Task AtLeastAcknowledged(RecordTally tally, int acknowledged)
    {
        var waited = Stopwatch.StartNew();
        while (tally.Acknowledged < acknowledged && waited.Elapsed < KillUnderLoad.FirstWriteWithin) await Task.Delay(20);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => workspace.Close(passed, output);
}
