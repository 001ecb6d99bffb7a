using Autofac;
using Federation.Kernel.Identity;

namespace Federation.Host.Identity;

internal static class SystemScope
{
    /// <summary>
    /// A child scope whose DbContexts act as the system. For the platform's own reads made while
    /// the request's user is being worked out (the organisation tree, API tokens): resolving a
    /// DbContext asks who is acting, and asking that then either recurses or fixes the answer too early.
    /// </summary>
    public static ILifetimeScope BeginSystemScope(this ILifetimeScope scope) =>
        scope.BeginLifetimeScope(own => own.RegisterInstance<ICurrentUser>(SystemUser.Instance));
}
