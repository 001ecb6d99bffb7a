using Federation.Kernel.Persistence;

namespace Federation.Kernel.Identity;

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
