using Federation.CrashTests.Store;

namespace Federation.CrashTests.Checks;

/// <summary>The audit log against the outboxes: every committed write audited exactly once.</summary>
internal static class AuditChecks
{
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
}
