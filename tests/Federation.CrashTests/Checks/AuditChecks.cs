using Federation.CrashTests.Store;
using Federation.CrashTests.Workload;

namespace Federation.CrashTests.Checks;

/// <summary>The audit log against the outboxes and the records on disk: every committed write audited exactly once.</summary>
internal static class AuditChecks
{
    /// <summary>The entity type the audit log names each followed record kind by (the entity's class name).</summary>
    private static readonly Dictionary<RecordKind, string> AuditedAs = new()
    {
        [RecordKind.Project] = "Project",
        [RecordKind.Talent] = "Talent",
        [RecordKind.Letter] = "LetterOfIntent",
        [RecordKind.Enterprise] = "Enterprise",
        [RecordKind.Visit] = "Visit",
        [RecordKind.Concern] = "Concern",
        [RecordKind.Order] = "OverseasOrder",
    };

    public static void EachAuditEventIsConsumedExactlyOnce(StoreSnapshot store)
    {
        var auditEvents = store.Outbox.Where(o => o.IsAuditRecorded).ToList();
        auditEvents.GroupBy(o => o.EventId).Where(g => g.Count() > 1).Select(g => g.Key).Should()
            .BeEmpty("an event is written to one outbox once");

        var recorded = store.Audit.Select(a => a.EventId).ToHashSet();
        auditEvents.Where(o => !recorded.Contains(o.EventId)).Take(10).Should()
            .BeEmpty("every delivered AuditRecorded event must have left its rows in the audit log");
        var published = auditEvents.Select(o => o.EventId).ToHashSet();
        recorded.Where(id => !published.Contains(id)).Take(10).Should()
            .BeEmpty("every audit row comes from an AuditRecorded event in an outbox");

        var consumed = store.Inbox.Where(i => i.Consumer == StoreSnapshot.AuditConsumer).Select(i => i.EventId).ToList();
        consumed.Should().BeEquivalentTo(published, "the audit writer's inbox should hold each audit event exactly once");

        store.Audit.GroupBy(a => (a.EventId, a.EntityType, a.EntityId)).Where(g => g.Count() > 1).Select(g => $"{g.Count()} x {g.Key}").Take(10).Should()
            .BeEmpty("one event describes each change once, so a repeated row means the event was consumed twice");
    }

    /// <summary>
    /// Every save bumps a record's version once and audits it once: one Added row, then one Modified
    /// row per version after the first. A record rolled back, or never written, has no audit rows.
    /// </summary>
    public static void EachRecordIsAuditedOncePerVersion(StoreSnapshot store, WorkLineStore records)
    {
        var audited = store.Audit.Where(a => AuditedAs.ContainsValue(a.EntityType) && a.EntityGuid is not null)
            .ToLookup(a => (a.EntityType, Id: a.EntityGuid!.Value));
        records.Records.Select(r => new
        {
            Record = $"{r.Kind} {r.Marker}",
            r.Version,
            Added = audited[(AuditedAs[r.Kind], r.Id)].Count(a => a.Action == "Added"),
            Modified = audited[(AuditedAs[r.Kind], r.Id)].Count(a => a.Action == "Modified"),
        }).Where(r => r.Added != 1 || r.Modified != r.Version - 1).Take(10).Should()
            .BeEmpty("each record should have one Added audit row and one Modified row per version after the first");

        var onDisk = records.Records.Select(r => (AuditedAs[r.Kind], r.Id)).ToHashSet();
        audited.Where(g => !onDisk.Contains(g.Key)).Select(g => g.Key).Take(10).Should()
            .BeEmpty("a write that rolled back, or was never made, must leave no audit row");
    }
}
