using Federation.Kernel.Http;
using Federation.Kernel.Resources;

namespace Federation.Kernel.Identity;

/// <summary>Decides which organisation owns a new record, from what the request names and who is asking.</summary>
public static class OrganisationChoice
{
    /// <summary>
    /// The organisation a new record belongs to: the one the request names, or the user's own.
    /// Naming one outside the user's subtree is a 403, not a silent reassignment. The refusal names
    /// <paramref name="field"/>, the request field that carried the organisation.
    /// </summary>
    public static Guid OwnerFor(this ICurrentUser user, Guid? requested, string field = "organisationId")
    {
        var organisation = requested ?? user.OrganisationId
            ?? throw new RequestRejectedException(field, Text.Get("OrganisationRequired"));
        if (!user.CanAccess(organisation)) throw new OrganisationAccessDeniedException(field);
        return organisation;
    }
}
