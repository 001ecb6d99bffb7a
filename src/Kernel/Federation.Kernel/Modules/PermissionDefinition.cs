namespace Federation.Kernel.Modules;

/// <summary>A permission a module checks, e.g. <c>investment.write</c>.</summary>
/// <param name="Key">The key checked, e.g. "investment.write".</param>
/// <param name="Kind">Which roles receive it.</param>
/// <param name="Title">What the role editor shows, in both languages.</param>
public sealed record PermissionDefinition(string Key, PermissionKind Kind, LocalizedText Title)
{
    /// <summary>The module's read permission, "&lt;prefix&gt;.read", titled 查看… / Read ….</summary>
    public static PermissionDefinition Read(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.read", PermissionKind.Read,
            new LocalizedText($"查看{moduleTitle.Zh}", $"Read {moduleTitle.En}"));

    /// <summary>The module's write permission, "&lt;prefix&gt;.write", titled 编辑… / Edit ….</summary>
    public static PermissionDefinition Write(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.write", PermissionKind.Write,
            new LocalizedText($"编辑{moduleTitle.Zh}", $"Edit {moduleTitle.En}"));
}

/// <summary>
/// How roles treat a permission: leadership holds every Read; a work line's department staff
/// hold their own line's Write and every Read; Admin permissions go to admins only.
/// </summary>
public enum PermissionKind
{
    /// <summary>Sees the records of a work line; leadership and every department hold it.</summary>
    Read,
    /// <summary>Adds and changes the records of a work line; that line's department staff hold it.</summary>
    Write,
    /// <summary>Runs the platform itself; only admins hold it.</summary>
    Admin,
}
