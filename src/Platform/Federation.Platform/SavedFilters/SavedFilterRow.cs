using Federation.Kernel.Persistence;

namespace Federation.Platform.SavedFilters;

/// <summary>
/// A filter set a user saved on one list. It is the user's own view of a list, not a record of the
/// federation's work, so it stays out of the audit log.
/// </summary>
[NotAudited]
internal sealed class SavedFilterRow
{
    public const int NameLength = 50;
    public const int ListLength = 200;
    public const int QueryLength = 2000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string List { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }
    public DateTime SavedAtUtc { get; set; }
}
