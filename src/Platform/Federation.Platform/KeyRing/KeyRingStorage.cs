using Autofac;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Federation.Platform.KeyRing;

/// <summary>Where the keys that sign session cookies and antiforgery tokens are kept.</summary>
internal static class KeyRingStorage
{
    public static void Add(IServiceCollection services)
    {
        // In the store, not in a folder: a cookie one host signs must be read by every host.
        services.AddDataProtection().SetApplicationName("Federation");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseKeyRing(provider.GetRequiredService<ILifetimeScope>())));
    }
}
