using Federation.Kernel.Messaging;

namespace Federation.Scorecard.Contracts;

/// <summary>
/// The whole list of facts one record now contributes, replacing what it contributed before;
/// an empty list when the record was removed or no longer counts. <see cref="Version"/> orders
/// the snapshots of one record, so a late or repeated one changes nothing.
/// </summary>
/// <param name="WorkLine">The module that owns the record.</param>
/// <param name="RecordType">The record's entity type name.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="OrganisationId">The organisation that owns the record.</param>
/// <param name="Version">The record's version the snapshot reflects; a removal carries the last version plus one.</param>
/// <param name="Facts">Everything the record now contributes; empty when it contributes nothing.</param>
// Stored and replayed under the name it had while the kernel carried it, so older outbox rows still count.
[MessagingName("Federation.Kernel.Kpis.KpiFactsChanged")]
public sealed record KpiFactsChanged(
    string WorkLine,
    string RecordType,
    Guid RecordId,
    Guid OrganisationId,
    int Version,
    IReadOnlyList<KpiFact> Facts) : IntegrationEvent;
