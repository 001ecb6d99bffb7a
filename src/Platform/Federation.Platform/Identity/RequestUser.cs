using System.Security.Claims;
using Federation.Platform.Organisations;
using Federation.Kernel.Identity;

namespace Federation.Platform.Identity;

/// <summary>
/// The user of the current request, worked out when first asked and again whenever the
/// request's principal changes. Services are often built before authentication has run (the
/// token handler's own DbContext is), so fixing the user at construction would freeze
/// "anonymous" into the request.
/// </summary>
internal sealed class RequestUser(IHttpContextAccessor accessor, Roles roles, OrganisationTree tree) : ICurrentUser
{
    private ClaimsPrincipal? resolvedFor;
    private ICurrentUser resolved = AnonymousUser.Instance;

    private ICurrentUser Current
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null) return SystemUser.Instance;
            if (!ReferenceEquals(http.User, resolvedFor))
            {
                resolved = http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not null
                    ? CurrentUser.From(http.User, roles, tree.Current)
                    : AnonymousUser.Instance;
                resolvedFor = http.User;
            }
            return resolved;
        }
    }

    public Guid? UserId => Current.UserId;
    public string UserName => Current.UserName;
    public bool IsAuthenticated => Current.IsAuthenticated;
    public Guid? OrganisationId => Current.OrganisationId;
    public IReadOnlyCollection<Guid> VisibleOrganisationIds => Current.VisibleOrganisationIds;
    public bool SeesEverything => Current.SeesEverything;
    public bool HasPermission(string permission) => Current.HasPermission(permission);
    public bool CanAccess(Guid organisationId) => Current.CanAccess(organisationId);
}
