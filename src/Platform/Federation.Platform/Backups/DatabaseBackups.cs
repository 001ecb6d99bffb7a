using System.Globalization;
using Federation.Kernel.Persistence;
using Federation.Platform.Data;

namespace Federation.Platform.Backups;

/// <summary>A backup file in the data folder's <c>backups</c> sub-folder: its name, size and when it was taken.</summary>
internal sealed record BackupFile(string File, long Bytes, DateTime CreatedAtUtc);

/// <summary>
/// Online backups of the store into <c>&lt;data folder&gt;/backups/federation-&lt;yyyyMMdd-HHmmss&gt;.db</c>
/// (SQLite) or <c>.dump</c> (PostgreSQL, pg_dump's custom format). File names are made here from
/// the clock, never taken from a caller, so no request can choose where a file is written. The
/// host's own backup before an upgrade is named the same with <c>-before-upgrade</c> after the stamp,
/// so it is listed and removed in time like the others.
/// </summary>
internal sealed class DatabaseBackups(IStoreCapabilities store, TimeProvider clock)
{
    private const string Prefix = "federation-";
    private const string StampFormat = "yyyyMMdd-HHmmss";

    // One copy at a time: two at once would only compete for the disk, and the second could take the first's name.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public string Folder => Path.Combine(store.LocalDataFolder, "backups");

    private string Extension => store.BackupExtension;

    /// <summary>Takes a backup now, or returns null when one was already taken this second under the same name.</summary>
    public async Task<BackupFile?> Create(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var createdAtUtc = clock.GetUtcNow().UtcDateTime;
            var name = $"{Prefix}{createdAtUtc.ToString(StampFormat, CultureInfo.InvariantCulture)}{Extension}";
            var target = Path.Combine(Folder, name);
            if (File.Exists(target)) return null;
            // A backup is every organisation's data: only the host's account may read it, or the folder
            // (so even the partial file being written is out of other accounts' reach).
            OwnerOnlyFiles.CreateFolder(Folder);
            // Written under a temporary name and moved into place, so the listing never shows a half-written copy.
            var partial = target + ".partial";
            try
            {
                await store.BackupTo(partial, cancellationToken);
                OwnerOnlyFiles.Restrict(partial);
                File.Move(partial, target);
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            // The name's stamp is the record of when it was taken, so the answer and the listing agree to the second.
            return new BackupFile(name, new FileInfo(target).Length, TakenAt(name)!.Value);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>The backups on disk, newest first; files that do not follow the naming scheme are not listed.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Directory.Exists(Folder)) return [];
        return new DirectoryInfo(Folder).EnumerateFiles($"{Prefix}*{Extension}")
            .Select(file => (file, taken: TakenAt(file.Name)))
            .Where(f => f.taken is not null)
            .Select(f => new BackupFile(f.file.Name, f.file.Length, f.taken!.Value))
            .OrderByDescending(b => b.CreatedAtUtc)
            .ToList();
    }

    /// <summary>Deletes the backups taken more than <paramref name="keepDays"/> days ago (none when 0) and returns them.</summary>
    public IReadOnlyList<BackupFile> RemoveOlderThan(int keepDays)
    {
        if (keepDays <= 0) return [];
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-keepDays);
        var old = List().Where(b => b.CreatedAtUtc < before).ToList();
        foreach (var backup in old) File.Delete(Path.Combine(Folder, backup.File));
        return old;
    }

    private static DateTime? TakenAt(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName)[Prefix.Length..];
        if (name.Length < StampFormat.Length) return null;
        var stamp = name[..StampFormat.Length];
        return DateTime.TryParseExact(stamp, StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var taken) ? taken : null;
    }
}
