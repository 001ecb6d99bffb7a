namespace Federation.Kernel.Modules;

/// <summary>
/// The permissions of the platform's own module. Named here because the host's modules page,
/// which is the host's and not the platform's, checks <see cref="Admin"/>.
/// </summary>
public static class PlatformPermissions
{
    /// <summary>Manage users, organisations, API tokens, backups and modules.</summary>
    public const string Admin = "platform.admin";

    /// <summary>Read the audit log.</summary>
    public const string Audit = "platform.audit";
}
