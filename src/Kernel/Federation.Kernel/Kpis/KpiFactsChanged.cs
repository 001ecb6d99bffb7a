using Federation.Kernel.Messaging;

namespace Federation.Kernel.Kpis;

/// <summary>
/// The whole list of facts one record now contributes, replacing what it contributed before;
/// an empty list when the record was removed or no longer counts. <see cref="Version"/> orders
/// the snapshots of one record, so a late or repeated one changes nothing.
/// </summary>
public sealed record KpiFactsChanged(
    string WorkLine,
    string RecordType,
    Guid RecordId,
    Guid OrganisationId,
    int Version,
    IReadOnlyList<KpiFact> Facts) : IntegrationEvent;
