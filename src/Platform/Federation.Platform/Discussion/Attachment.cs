using Federation.Kernel.Persistence;

namespace Federation.Platform.Discussion;

/// <summary>
/// A file kept with a record (a signed agreement, a visit's photo). The file itself is stored under
/// the data folder by its id, never by the name it was uploaded with; this row says what it is.
/// </summary>
internal sealed class Attachment : IOrganisationOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Module { get; init; }
    public required string RecordType { get; init; }
    public required string RecordId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public Guid UploadedById { get; init; }
    public required string UploadedByName { get; init; }
    public DateTime UploadedAtUtc { get; init; }
}
