using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;

namespace Federation.Kernel.RecycleBin;

/// <summary>
/// A record went to the recycle bin. Written by <see cref="Persistence.ModuleDbContext"/> in the same
/// transaction as the deletion mark, so the platform's bin cannot miss a deleted record.
/// </summary>
/// <param name="Module">The module that owns the record, e.g. "Investment".</param>
/// <param name="RecordType">The entity's type name, e.g. "Project".</param>
/// <param name="RecordId">The record's key as text.</param>
/// <param name="OrganisationId">The organisation that owns the record.</param>
/// <param name="Version">The version the deletion gave the record.</param>
/// <param name="Kind">The kind of record in both languages.</param>
/// <param name="Title">Its name.</param>
/// <param name="DeletedById">Who deleted it; null for the system.</param>
/// <param name="DeletedByName">Their user name.</param>
public sealed record RecordRecycled(
    string Module,
    string RecordType,
    string RecordId,
    Guid OrganisationId,
    int Version,
    LocalizedText Kind,
    string Title,
    Guid? DeletedById,
    string DeletedByName) : IntegrationEvent;

/// <summary>A record came back from the recycle bin; written with the restore, as <see cref="RecordRecycled"/> is with the deletion.</summary>
/// <param name="Module">The module that owns the record.</param>
/// <param name="RecordType">The entity's type name.</param>
/// <param name="RecordId">The record's key as text.</param>
/// <param name="Version">The version the restore gave the record.</param>
public sealed record RecordRestored(string Module, string RecordType, string RecordId, int Version) : IntegrationEvent;
