using Federation.Kernel.Persistence;

namespace Federation.Platform.Discussion;

/// <summary>
/// What someone said about a record, on the record's page. It belongs to the record's organisation,
/// so only those who may open the record read it; the users it @mentions are told.
/// </summary>
internal sealed class Comment : IOrganisationOwned
{
    public const int MaxLength = 4_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Module { get; init; }
    public required string RecordType { get; init; }
    public required string RecordId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public required string Body { get; init; }

    /// <summary>The users the comment @mentions, who were told of it.</summary>
    public List<Guid> Mentions { get; init; } = [];
    public DateTime CreatedAtUtc { get; init; }
}
