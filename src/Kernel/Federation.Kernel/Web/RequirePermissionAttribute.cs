using Federation.Kernel.Http;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Kernel.Web;

/// <summary>Puts a page behind a permission; users without it see the 403 page naming the permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    /// <summary>The permission key the page requires.</summary>
    public string Permission { get; } = permission;
}
