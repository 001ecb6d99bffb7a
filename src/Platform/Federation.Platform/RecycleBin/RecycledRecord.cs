using Federation.Kernel.Persistence;
using Federation.Kernel.RecycleBin;

namespace Federation.Platform.RecycleBin;

/// <summary>
/// A deleted record of some module as the recycle bin lists it, kept from that module's
/// <see cref="RecordRecycled"/> and <see cref="RecordRestored"/> events. A restored record keeps its
/// row (marked restored) so a late, older deletion event cannot put it back in the bin.
/// </summary>
[NotAudited]
internal sealed class RecycledRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Module { get; init; }
    public required string RecordType { get; init; }
    public required string RecordId { get; init; }
    public Guid OrganisationId { get; set; }
    public int Version { get; set; }
    public string KindZh { get; set; } = "";
    public string KindEn { get; set; } = "";
    public string Title { get; set; } = "";
    public Guid? DeletedById { get; set; }
    public string DeletedByName { get; set; } = "";
    public DateTime DeletedAtUtc { get; set; }
    public DateTime? RestoredAtUtc { get; set; }

    /// <summary>When the retention ends and the purge removes the record for good.</summary>
    public DateTime PurgeAtUtc => DeletedAtUtc.AddDays(RecycleBinRules.RetentionDays);

    public void Recycled(RecordRecycled recycled, DateTime nowUtc)
    {
        (OrganisationId, Version, KindZh, KindEn, Title) = (recycled.OrganisationId, recycled.Version, Cut(recycled.Kind.Zh, 50), Cut(recycled.Kind.En, 50), Cut(recycled.Title, 300));
        (DeletedById, DeletedByName, DeletedAtUtc, RestoredAtUtc) = (recycled.DeletedById, recycled.DeletedByName, nowUtc, null);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    public void Restored(int version, DateTime nowUtc) => (Version, RestoredAtUtc) = (version, nowUtc);
}
