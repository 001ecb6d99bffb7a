using Federation.Kernel.Http;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Kernel.Web;

/// <summary>Puts a page behind a permission; users without it see the 403 page naming the permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    public string Permission { get; } = permission;
}
