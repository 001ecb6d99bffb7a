using Autofac;
using Federation.Kernel.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Federation.Platform.KeyRing;

/// <summary>Where the keys that sign session cookies and antiforgery tokens are kept, and how they are protected there.</summary>
internal static class KeyRingStorage
{
    public static void Add(IServiceCollection services)
    {
        // In the store, not in a folder: a cookie one host signs must be read by every host. Each
        // key's secret encrypted under a key file kept outside it (docs/adr/0028-key-ring-outside-the-database.md).
        services.AddDataProtection().SetApplicationName("Federation");
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section);
        services.AddSingleton(provider => new KeyRingKey(KeyRingKeyFile.LoadOrCreate(Folder(
            provider.GetRequiredService<IOptions<KeyRingOptions>>().Value, provider.GetRequiredService<IStoreCapabilities>()))));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseKeyRing(provider.GetRequiredService<ILifetimeScope>());
            o.XmlEncryptor = new KeyRingEncryptor(provider.GetRequiredService<KeyRingKey>());
        }));
    }

    /// <summary>The folder of the key file: configured, or a <c>keys</c> folder beside the data folder.</summary>
    public static string Folder(KeyRingOptions options, IStoreCapabilities store) => string.IsNullOrWhiteSpace(options.Folder)
        ? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(store.LocalDataFolder)))!, "keys")
        : Path.GetFullPath(options.Folder);
}
