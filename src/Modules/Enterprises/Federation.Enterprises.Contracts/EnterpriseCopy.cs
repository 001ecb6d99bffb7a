using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Contracts;

/// <summary>
/// What a consuming module keeps of a registered enterprise in its own table, so it can name one
/// (an order's seller, a case's enterprise) without reading Enterprise services' tables. Derive a
/// sealed class of your module's from it, map it in your DbContext, and keep it with
/// <see cref="EnterpriseCopies.Keep{T}"/> in your <see cref="EnterpriseChanged"/> handler.
/// </summary>
public abstract class EnterpriseCopy : SnapshotCopy
{
    /// <summary>The enterprise's current name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its unified social credit code.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>The town or sub-district it is registered in.</summary>
    public string Town { get; set; } = "";

    /// <summary>Whether it is still operating.</summary>
    public bool Active { get; set; }
}

/// <summary>Keeping an <see cref="EnterpriseCopy"/> table from <see cref="EnterpriseChanged"/> events.</summary>
public static class EnterpriseCopies
{
    /// <summary>
    /// Brings the copy of the enterprise up to the event's snapshot, adding it when there is none;
    /// answers the copy, or null when it already held that version or a newer one.
    /// </summary>
    public static async Task<T?> Keep<T>(this DbSet<T> copies, EnterpriseChanged changed, CancellationToken cancellationToken)
        where T : EnterpriseCopy, new()
    {
        var e = changed.Enterprise;
        var copy = await copies.Newer(e.EnterpriseId, e.Version, () => new T(), cancellationToken);
        if (copy is null) return null;
        (copy.OrganisationId, copy.Name, copy.CreditCode, copy.Town, copy.Active, copy.Removed) =
            (e.OrganisationId, e.Name, e.CreditCode, e.Town, e.Active, changed.Removed);
        return copy;
    }
}
