using Federation.Kernel.Persistence;

namespace Federation.Kernel.Identity;

/// <summary>Filters queries of organisation-owned records down to what the current user may see.</summary>
public static class OrganisationScope
{
    /// <summary>Keeps the rows the user may see: their organisation's subtree.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, ICurrentUser user)
        where T : class, IOrganisationOwned
    {
        if (user.SeesEverything) return query;
        var visible = user.VisibleOrganisationIds.ToList();
        return query.Where(x => visible.Contains(x.OrganisationId));
    }
}
