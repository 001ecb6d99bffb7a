using Autofac;
using Federation.Kernel.Identity;

namespace Federation.Host.Composition;

internal static class SystemScope
{
    /// <summary>
    /// A scope whose work is the platform's own (loading the organisation tree or a user record,
    /// dispatching the outbox). It acts as the system even inside a request, which also keeps
    /// the current user's own lookup from recursing into itself.
    /// </summary>
    public static ILifetimeScope BeginSystemScope(this ILifetimeScope scope) =>
        scope.BeginLifetimeScope(b => b.RegisterInstance<ICurrentUser>(SystemUser.Instance));
}
