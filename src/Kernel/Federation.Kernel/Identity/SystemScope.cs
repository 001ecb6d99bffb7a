using Autofac;

namespace Federation.Kernel.Identity;

/// <summary>Work done by the platform itself rather than for a request's user.</summary>
public static class SystemScope
{
    /// <summary>
    /// A scope whose work is the system's own (a consumer, a scheduled sweep, loading the
    /// organisation tree): <see cref="ICurrentUser"/> is <see cref="SystemUser.Instance"/>, even
    /// when begun inside a request, which also keeps the request user's own lookup from recursing.
    /// </summary>
    public static ILifetimeScope BeginSystemScope(this ILifetimeScope scope) =>
        scope.BeginLifetimeScope(b => b.RegisterInstance<ICurrentUser>(SystemUser.Instance));
}
