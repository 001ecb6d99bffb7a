using Federation.Kernel.Modules;

namespace Federation.Kernel.Persistence;

/// <summary>
/// What the platform's features need to know of the store the host runs on, answered by the host:
/// where this machine keeps its own files (uploads, backups), whether other hosts share the store,
/// and how to copy it whole.
/// </summary>
[Port]
public interface IStoreCapabilities
{
    /// <summary>The folder for files that stay on this machine: the SQLite file's folder, with either engine.</summary>
    string LocalDataFolder { get; }

    /// <summary>
    /// True when several hosts may share the store: what another host changed or handed over (the
    /// organisation tree, an import job) must be looked for in the store, not only in memory.
    /// </summary>
    bool SharedByHosts { get; }

    /// <summary>How a backup file's name ends: ".db" for SQLite, ".dump" for PostgreSQL.</summary>
    string BackupExtension { get; }

    /// <summary>Writes a consistent copy of the whole store to <paramref name="path"/> while the hosts keep working; throws <see cref="BackupFailedException"/> when the copy cannot be made.</summary>
    Task BackupTo(string path, CancellationToken cancellationToken);
}

/// <summary>The store could not be copied (pg_dump missing or refused); the message says why.</summary>
public sealed class BackupFailedException(string message) : Exception(message);
