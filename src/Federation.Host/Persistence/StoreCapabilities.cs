using Federation.Kernel.Persistence;
using Microsoft.Extensions.Options;

namespace Federation.Host.Persistence;

/// <summary>The store as the platform's features see it, answered from the one <see cref="IStore"/> and its settings.</summary>
internal sealed class StoreCapabilities(IStore store, IOptions<StoreOptions> options) : IStoreCapabilities
{
    public string LocalDataFolder => options.Value.DataFolder;

    public bool SharedByHosts => store.SharedByHosts;

    public string BackupExtension => store.Provider == StoreProvider.Sqlite ? ".db" : ".dump";

    public Task BackupTo(string path, CancellationToken cancellationToken) => store.BackupTo(path, cancellationToken);
}
