using Federation.Kernel.Messaging;

namespace Federation.Kernel.Search;

/// <summary>
/// A searchable record was added, changed or removed. Published by <see cref="Persistence.ModuleDbContext"/>
/// for every <see cref="ISearchable"/> a save touches, and again for every record when the module's
/// records are described anew (<see cref="ISearchableRecords"/>). The version orders the snapshots:
/// the search projection keeps the highest it has seen, so a late or repeated event changes nothing.
/// </summary>
/// <param name="Module">The module that owns the record, e.g. "Investment".</param>
/// <param name="RecordType">The entity's type name, e.g. "Project".</param>
/// <param name="RecordId">The record's key as text.</param>
/// <param name="OrganisationId">The organisation that owns the record.</param>
/// <param name="Version">The record's version; a removal carries one more than the last saved version.</param>
/// <param name="Entry">How the record appears in search; null once it is removed.</param>
public sealed record SearchEntryChanged(
    string Module,
    string RecordType,
    string RecordId,
    Guid OrganisationId,
    int Version,
    SearchDescription? Entry) : IntegrationEvent;
