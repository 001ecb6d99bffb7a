using Federation.Kernel.Modules;
using Federation.Platform.Organisations;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Bootstrap;

/// <summary>
/// The platform's start-up, once every module's tables are migrated: on an empty database the
/// first admin and, unless switched off, the demo; then the organisation tree, which every
/// request's scope is worked out from, is loaded before the first request needs it.
/// </summary>
internal sealed class PlatformStartup(FirstRun firstRun, DemoData demo, OrganisationTree tree, IOptions<BootstrapOptions> options) : IModuleStartup
{
    public async Task Run(CancellationToken cancellationToken)
    {
        if (await firstRun.EnsureAdmin(cancellationToken) && options.Value.DemoData)
            await demo.Load(cancellationToken);
        await tree.Get(cancellationToken);
    }
}
