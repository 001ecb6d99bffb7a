using System.Globalization;

namespace Federation.Host.Persistence;

/// <summary>
/// Before a build applies its migrations to a database already in use, a copy of it as it was:
/// <c>&lt;data folder&gt;/backups/federation-&lt;yyyyMMdd-HHmmss&gt;-before-upgrade.db</c> (or .dump),
/// named like the platform's backups so the backups page lists it and retention removes it in
/// time. When the copy cannot be made the upgrade does not start, unless the operator set
/// <c>Upgrades:BackupFirst=false</c> (they took their own).
/// </summary>
internal static class UpgradeBackup
{
    public static async Task<string?> Take(IStore store, StoreOptions options, IConfiguration configuration, ILogger logger)
    {
        if (!configuration.GetValue("Upgrades:BackupFirst", true))
        {
            logger.LogWarning("Migrating without a backup first: Upgrades:BackupFirst is false");
            return null;
        }
        // Owner-only, as the platform makes its backups: a backup is every organisation's data.
        var folder = Path.Combine(options.DataFolder, "backups");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder); else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var target = Path.Combine(folder, $"federation-{stamp}-before-upgrade{(store.Provider == StoreProvider.Sqlite ? ".db" : ".dump")}");
        try
        {
            await store.BackupTo(target + ".partial", CancellationToken.None);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target + ".partial", UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(target + ".partial", target);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            File.Delete(target + ".partial");
            throw new StartRefusedException(
                $"The database could not be backed up before upgrading it, so it was not upgraded: {failure.Message} " +
                "Take a backup yourself and start with Upgrades:BackupFirst=false.");
        }
        logger.LogWarning("Backed up the database to {Backup} before applying this version's migrations", target);
        return target;
    }
}

/// <summary>
/// The host stops before serving, saying why: the database and this build do not fit, or another
/// host has it open. Changing either is the operator's call.
/// </summary>
internal sealed class StartRefusedException(string message) : Exception(message)
{
    /// <summary>The refusal, also when the container wrapped it while making the store.</summary>
    public static StartRefusedException? In(Exception? failure) =>
        failure is null ? null : failure as StartRefusedException ?? In(failure.InnerException);
}
