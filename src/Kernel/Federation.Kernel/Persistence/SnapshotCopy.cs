using Microsoft.EntityFrameworkCore;

namespace Federation.Kernel.Persistence;

/// <summary>
/// A module's own copy of a record another module owns, kept from that module's snapshot events
/// (a work line's copy of the enterprise registry, say), so it never reads the other's tables.
/// The newest version wins, whatever the order or number of deliveries. Not audited: the owning
/// module audits the record itself.
/// </summary>
[NotAudited]
public abstract class SnapshotCopy : IOrganisationOwned
{
    /// <summary>The id of the record in the module that owns it.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation that owns the record, for scoping what users see of the copy.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The version of the newest snapshot taken.</summary>
    public int Version { get; set; }

    /// <summary>Whether the owner removed the record; the copy stays, so a late older snapshot cannot bring it back.</summary>
    public bool Removed { get; set; }
}

/// <summary>Keeping <see cref="SnapshotCopy"/> rows in a consumer's handler.</summary>
public static class SnapshotCopies
{
    /// <summary>
    /// The copy of record <paramref name="id"/> to bring up to a snapshot of <paramref name="version"/>,
    /// added (made by <paramref name="create"/>) when there is none, with its id and version set; null
    /// when the copy already holds that version or a newer one, so the handler leaves it as it is.
    /// </summary>
    public static async Task<T?> Newer<T>(this DbSet<T> copies, Guid id, int version, Func<T> create, CancellationToken cancellationToken)
        where T : SnapshotCopy
    {
        var copy = await copies.FindAsync([id], cancellationToken);
        if (copy is not null && copy.Version >= version) return null;
        if (copy is null)
        {
            copy = create();
            copy.Id = id;
            copies.Add(copy);
        }
        copy.Version = version;
        return copy;
    }
}
